package dk.boligmonitor.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A FOB move-out list large enough that loading it takes seconds: every estate of the sample programmes, every
 * day, tenancies in turn. The same bytes every time, so a database that registered it knows it again.
 */
final class LargeMoveoutList {

    static final String FILE = "fraflytninger_fob_stor_2013-2021.csv";
    static final int ROWS = 200_000;

    private LargeMoveoutList() {
    }

    /** Writes the list into the inbox and returns its path. */
    static Path writeInto(Path inbox) throws IOException {
        Path file = inbox.resolve(FILE);
        int[][] estates = {{23, 210}, {24, 190}, {26, 170}, {32, 150}, {34, 260}};
        LocalDate first = LocalDate.of(2013, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Afdeling;Lejemålsnr.;Fraflytningsdato;Fraflytningsårsag;Tomgangsdage;Tab ved fraflytning (kr.)\r\n");
            for (int i = 0; i < ROWS; i++) {
                int[] estate = estates[i % estates.length];
                int unit = 1 + (i / estates.length) % estate[1];
                LocalDate date = first.plusDays((i / estates.length / estate[1]) % 3287);
                out.write(estate[0] + ";" + estate[0] + "-" + String.format("%04d", unit) + ";"
                        + String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                        + ";Andet;" + (i % 30) + ";1.234,50\r\n");
            }
        }
        return file;
    }
}
