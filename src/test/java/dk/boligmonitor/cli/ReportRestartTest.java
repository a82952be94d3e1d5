package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.report.PdfContent;

/**
 * Reports are rendered by programme, each programme a partition of the report step: when one programme's
 * reports cannot be written, the others are, and the next run writes the failed one. That run rebuilds the
 * warehouse, which makes every programme due again, so it renders them all, though the restarted report job's
 * partition of a programme completed: no programme is left written and due at once.
 */
class ReportRestartTest {

    @TempDir
    Path work;

    @Test
    void aProgrammeThatFailedIsRenderedWhenTheRunIsRestartedAndNoProgrammeIsLeftDue() throws Exception {
        TestDatabase database = TestDatabase.fresh(work);
        Path out = work.resolve("out");
        Path blocked = Files.createDirectories(out).resolve("vestegnen");
        Files.writeString(blocked, "a file where the programme's folder should be");

        CommandLine.Result failed = CommandLine.runPipeline(database, Path.of("sample-data"), out);

        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.output()).contains("jobbet 'report' sluttede som FAILED", "vestegnen");
        Path slagelse = out.resolve("slagelse/bestyrelsespakke.pdf");
        assertThat(slagelse).exists();
        FileTime rendered = Files.getLastModifiedTime(slagelse);
        // the packet's workbook is written with it, and rewritten with it
        Path slagelseFigures = out.resolve("slagelse/tal.xlsx");
        FileTime figuresWritten = Files.getLastModifiedTime(slagelseFigures);
        assertThat(CommandLine.run(database, "status", "--config", "jobs").output())
                .contains("Rapporter, der venter på at blive skrevet (tallene er ændret siden): vestegnen");

        Files.delete(blocked);
        CommandLine.Result restarted = CommandLine.runPipeline(database, Path.of("sample-data"), out);

        assertThat(restarted.exitCode()).isZero();
        assertThat(restarted.output()).contains("Rapporter:        9 PDF'er").doesNotContain("Uændrede tal");
        assertThat(Files.getLastModifiedTime(slagelse)).isNotEqualTo(rendered);
        assertThat(Files.getLastModifiedTime(slagelseFigures)).isNotEqualTo(figuresWritten);
        assertThat(CommandLine.run(database, "status", "--config", "jobs").output())
                .doesNotContain("Rapporter, der venter på at blive skrevet");
        assertThat(PdfContent.read(out.resolve("vestegnen/bestyrelsespakke.pdf")).text())
                .contains("Værebro Park", "Hedeparken", "Elementparken", "Kilder");
        assertThat(out.resolve("vestegnen/hedeparken.pdf")).exists();
        assertThat(out.resolve("vestegnen/tal.xlsx")).exists();
    }
}
