package dk.boligmonitor.sampledata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the sample input files under {@code sample-data/}: invented figures in the exact shapes the data
 * officer receives, with the published figures reproduced exactly. Deterministic: the same code always
 * writes the same files, which {@code SampleDataGeneratorTest} checks against the committed copies.
 */
public final class SampleDataGenerator {
    private static final long SEED = 20_170_101L;

    private SampleDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        generate(dir);
        System.out.println("Sample data written to " + dir.toAbsolutePath());
    }

    static void generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        // One random stream per file, so that changing one file's generator leaves the others' numbers alone.
        CrimeFigures crime = new CrimeFigures(random(1));
        SchoolFigures school = new SchoolFigures(random(2));
        DstFiles.writeCrime(dir, crime);
        DstFiles.writeSchool(dir, school);
        new LbfWorkbook(random(3), crime, school).write(dir);
        new PoliceWorkbook(random(4), crime).write(dir);
        MoveOutLists moveOuts = new MoveOutLists(random(5));
        moveOuts.writeCsv(dir.resolve("fraflytninger_fob_2013-2021.csv"), "FOB");
        moveOuts.writeCsv(dir.resolve("fraflytninger_slagelse-boligselskab_2013-2021.csv"), "Slagelse Boligselskab");
        moveOuts.writeCsv(dir.resolve("fraflytninger_sab_2013-2021.csv"), "SAB");
        moveOuts.writeWorkbook(dir.resolve("fraflytninger_boligkorsoer_2013-2021.xlsx"), "BoligKorsør");
        moveOuts.writeWorkbook(dir.resolve("fraflytninger_skaelskoer-boligselskab_2013-2021.xlsx"),
                "Skælskør Boligselskab");
        new OfficialListFigures(random(6), crime).write(dir);
    }

    private static Random random(int stream) {
        return new Random(SEED * 31 + stream);
    }
}
