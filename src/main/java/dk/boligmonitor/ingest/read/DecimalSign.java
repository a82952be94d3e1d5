package dk.boligmonitor.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import dk.boligmonitor.config.SourceMapping;

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
            return new DecimalSign(mapping.decimalSeparator().get(), "angivet med decimal: i " + mappingName);
        }
        if (!table.isDelimitedText()) {
            return new DecimalSign(',', "regnearkets tekstceller; decimal: er ikke angivet i " + mappingName);
        }
        String either = null;
        try (TabularFile scan = TabularFiles.open(file, mapping)) {
            for (SourceRow row = scan.next(); row != null; row = scan.next()) {
                for (int column : columns) {
                    String text = row.cell(column).trim();
                    Cells.Shape shape = Cells.shape(text);
                    if (shape == Cells.Shape.COMMA || shape == Cells.Shape.POINT) {
                        char sign = shape == Cells.Shape.COMMA ? ',' : '.';
                        return new DecimalSign(sign, "'" + text + "' i række " + row.rowNo() + " kan kun læses med "
                                + Cells.signName(sign));
                    }
                    if (shape == Cells.Shape.EITHER && either == null) {
                        either = "'" + text + "' i række " + row.rowNo();
                    }
                }
            }
        }
        if (either == null) {
            return new DecimalSign(',', "ingen tal med skilletegn i filen");
        }
        if (table.delimiter() == ',') {
            throw new FileRefusedException("tallene er tvetydige: " + either + " og filens øvrige tal kan læses både"
                    + " med decimalkomma og med decimalpunktum (som tusindtalsskilletegn), og filen er kommasepareret"
                    + " som en engelsk eksport; skriv decimal: point eller decimal: comma i " + mappingName);
        }
        return new DecimalSign(',', "antaget: tallene er tvetydige (" + either + "), og skilletegnet '"
                + (table.delimiter() == '\t' ? "\\t" : table.delimiter()) + "' bruges med decimalkomma");
    }

    /** For the load log: "decimalkomma (…)". */
    public String describe() {
        return Cells.signName(sign) + " (" + basis + ")";
    }
}
