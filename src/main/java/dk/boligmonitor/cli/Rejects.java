package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.boligmonitor.format.Messages;
import dk.boligmonitor.format.TextTable;
import dk.boligmonitor.ingest.LoadHistory.RejectedRow;
import dk.boligmonitor.ingest.LoadHistory;
import dk.boligmonitor.ingest.RejectsCsv;
import dk.boligmonitor.pipeline.ExitCodes;

/**
 * The rejects command: the rows files were loaded without, so the data officer can fix them at the source.
 * The terminal shows the newest ones; the CSV holds them all.
 */
@Component
class Rejects {

    private static final int SHOWN = 50;

    private final LoadHistory history;

    Rejects(LoadHistory history) {
        this.history = history;
    }

    int list(String fileNameContains, Path outDir, PrintStream out) throws IOException {
        List<RejectedRow> rows = history.rejectedRows(fileNameContains);
        if (rows.isEmpty()) {
            out.println(fileNameContains.isEmpty() ? Messages.get("cli.rejects.none")
                    : Messages.get("cli.rejects.none_matching", fileNameContains));
        } else {
            table(rows.stream().limit(SHOWN).toList()).print(out);
            if (rows.size() > SHOWN) {
                out.println("  " + Messages.get("cli.rejects.more", rows.size() - SHOWN));
            }
        }
        Path csv = RejectsCsv.write(outDir, rows);
        out.println();
        out.println(Messages.get("cli.rejects.written", rows.size(), csv));
        return ExitCodes.OK;
    }

    /** The sheet is a column only where a file shown was read from several sheets, whose row numbers repeat. */
    private static TextTable table(List<RejectedRow> rows) {
        if (rows.stream().allMatch(r -> r.sheet() == null)) {
            TextTable table = new TextTable(Messages.get("cli.rejects.headings_without_sheet").split("\\|"));
            rows.forEach(r -> table.add(r.fileName(), r.rowNo(), r.columnName(), r.cellValue(), r.reason()));
            return table;
        }
        TextTable table = new TextTable(Messages.get("ingest.rejects.headings").split("\\|"));
        rows.forEach(r -> table.add(r.fileName(), r.sheet(), r.rowNo(), r.columnName(), r.cellValue(), r.reason()));
        return table;
    }
}
