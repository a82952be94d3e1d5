package dk.boligmonitor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A move-out list in layout A, as the companies' administration systems export it: ';', decimal comma. */
final class MoveoutCsv {

    static final String HEADER = "Afdeling;Lejemålsnr.;Fraflytningsdato;Fraflytningsårsag;Tomgangsdage;"
            + "Tab ved fraflytning (kr.)";
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private MoveoutCsv() {
    }

    static void write(Path file, MoveoutGenerator moveouts, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                MoveoutGenerator.Moveout m = moveouts.next();
                out.write(m.afdeling() + ";" + m.tenancy() + ";" + DANISH_DATE.format(m.date()) + ";" + m.reason()
                        + ";" + m.vacancyDays() + ";" + danishAmount(m.lossOere()) + "\r\n");
            }
        }
    }

    /** 1234550 øre → "12.345,50". */
    private static String danishAmount(long oere) {
        return String.format(Locale.ROOT, "%,d", oere / 100).replace(',', '.') + ","
                + String.format("%02d", oere % 100);
    }
}
