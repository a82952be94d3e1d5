package dk.boligmonitor.sampledata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes semicolon files the way the sources deliver them. No quoting is needed: no field contains ';'.
 * Encoding, BOM and CRLF are explicit because the importers must cope with exactly these variants.
 */
final class Csv {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    static void write(Path file, Charset charset, boolean bom, List<String> header, List<List<String>> rows)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write(UTF8_BOM);
        }
        out.write(line(header).getBytes(charset));
        for (List<String> row : rows) {
            out.write(line(row).getBytes(charset));
        }
        Files.write(file, out.toByteArray());
    }

    private static String line(List<String> fields) {
        for (String field : fields) {
            if (field.contains(";") || field.contains("\"") || field.contains("\n")) {
                throw new IllegalArgumentException("field needs quoting: " + field);
            }
        }
        return String.join(";", fields) + "\r\n";
    }
}
