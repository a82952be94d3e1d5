package dk.boligmonitor.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;

/**
 * The decimal sign a file's figures are read with, and why, decided once per file so that no figure is read one
 * way and its neighbour the other. The mapping's {@code decimal:} decides where it is given; otherwise a delimited
 * file's own figures do: a figure that fits only one reading ("5,8", "1.234,5" or "5.8", "5,873,036") decides it,
 * and one that fits only the other, anywhere in the file, refuses the file (see {@link Cells#number}). A file whose
 * figures all fit both ("1,398": 1.398 or 1398) is read with decimal comma when ';' or tab separates it, as
 * Danish Excel writes, and refused when ',' does, as an English export would; workbooks keep the decimal comma
 * for their text cells (their number cells are plain).
 */
public record DecimalSign(char sign, String basis) {

    /** Reads the mapped value columns of a delimited file again, until a figure decides or the file ends. */
    public static DecimalSign of(Path file, SourceMapping mapping, TabularFile table, Collection<Integer> columns)
            throws IOException {
        String mappingName = mapping.file().getFileName().toString();
        if (mapping.decimalSeparator().isPresent()) {
            return new DecimalSign(mapping.decimalSeparator().get(), Messages.get("read.decimal.given", mappingName));
        }
        if (!table.isDelimitedText()) {
            return new DecimalSign(',', Messages.get("read.decimal.workbook", mappingName));
        }
        String either = null;
        try (TabularFile scan = TabularFiles.open(file, mapping)) {
            for (SourceRow row = scan.next(); row != null; row = scan.next()) {
                for (int column : columns) {
                    String text = row.cell(column).trim();
                    Cells.Shape shape = Cells.shape(text);
                    if (shape == Cells.Shape.COMMA || shape == Cells.Shape.POINT) {
                        char sign = shape == Cells.Shape.COMMA ? ',' : '.';
                        return new DecimalSign(sign, Messages.get("read.decimal.only_one",
                                Messages.get("read.decimal.value_at", text, row.rowNo()), Cells.signName(sign)));
                    }
                    if (shape == Cells.Shape.EITHER && either == null) {
                        either = Messages.get("read.decimal.value_at", text, row.rowNo());
                    }
                }
            }
        }
        if (either == null) {
            return new DecimalSign(',', Messages.get("read.decimal.no_figures"));
        }
        if (table.delimiter() == ',') {
            throw new FileRefusedException(Messages.get("read.decimal.ambiguous", either, mappingName));
        }
        return new DecimalSign(',', Messages.get("read.decimal.assumed", either,
                table.delimiter() == '\t' ? "\\t" : String.valueOf(table.delimiter())));
    }

    /** For the load log: "decimalkomma (…)". */
    public String describe() {
        return Cells.signName(sign) + " (" + basis + ")";
    }
}
