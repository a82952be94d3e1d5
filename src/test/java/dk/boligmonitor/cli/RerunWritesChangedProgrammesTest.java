package dk.boligmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.boligmonitor.TestDatabase;
import dk.boligmonitor.config.ConfigLoaderTestSupport;

/**
 * After a rerun, only the programmes that show a changed figure get new reports: a correction of one Slagelse
 * area's figure arrived with the night's ingest, so Slagelse's area reports and packet are written again and
 * Vestegnen's are left as they were.
 */
class RerunWritesChangedProgrammesTest {

    @TempDir
    Path work;

    @Test
    void onlyTheProgrammeWithTheChangedAreaGetsNewReports() throws Exception {
        Path inbox = work.resolve("inbox");
        ConfigLoaderTestSupport.copy(Path.of("sample-data"), inbox);
        TestDatabase database = TestDatabase.fresh(work);
        Path out = work.resolve("out");
        assertThat(CommandLine.runPipeline(database, inbox, out).exitCode()).isZero();
        FileTime vestegnen = Files.getLastModifiedTime(out.resolve("vestegnen/bestyrelsespakke.pdf"));
        FileTime slagelse = Files.getLastModifiedTime(out.resolve("slagelse/motalavej.pdf"));
        Files.writeString(inbox.resolve("dst_noegletal_afgoerelser_2015_motalavej.csv"),
                "OMRÅDE;NØGLETAL;TID;INDHOLD\r\nMotalavej;Kriminalretlige afgørelser;2015;58\r\n",
                Charset.forName("windows-1252"));
        assertThat(CommandLine.run(database, "ingest", "--data", inbox.toString(), "--config", "jobs").output())
                .contains("Filer indlæst:    1 ");

        CommandLine.Result rerun = CommandLine.run(database, "rerun", "--source", "dst-skole", "--year", "2015",
                "--config", "jobs", "--out", out.toString());

        assertThat(rerun.exitCode()).as(rerun.output() + rerun.errors()).isZero();
        assertThat(rerun.output()).contains("Rapporter:        5 PDF'er",
                "Uændrede tal:     1 af programmerne; deres PDF'er er beholdt");
        assertThat(Files.getLastModifiedTime(out.resolve("vestegnen/bestyrelsespakke.pdf"))).isEqualTo(vestegnen);
        assertThat(Files.getLastModifiedTime(out.resolve("slagelse/motalavej.pdf"))).isGreaterThan(slagelse);
        assertThat(database.jdbc().queryForObject("SELECT numerator FROM fact_indicator WHERE area_code = 'motalavej'"
                + " AND indicator_code = 'afgoerelser' AND year = 2015", Integer.class)).isEqualTo(58);
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM report_due", Integer.class)).isZero();
    }
}
