package dk.boligmonitor.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Move-outs drawn one at a time, never held in memory: 3 million rows must not need a large heap to write.
 * The n-th move-out goes to estate n mod estates; within its estate, the k-th goes to year k mod years and
 * tenancy k / years, so no tenancy moves out twice in a year and no row is a duplicate of another, in the
 * same file or across the CSV and the workbook.
 */
final class MoveoutGenerator {

    record Moveout(int afdeling, String tenancy, LocalDate date, String reason, int vacancyDays, long lossOere) {
    }

    private static final List<String> REASONS = List.of(
            "Flyttet til anden almen bolig", "Købt ejerbolig", "Flyttet til privat udlejning", "Plejebolig",
            "Dødsfald", "Ophævelse/udsættelse", "Flyttet ud af kommunen", "Andet");

    private final Random random;
    private final int estates;
    private final int tenancies;
    private final int firstYear;
    private final int years;
    private long drawn;

    MoveoutGenerator(BenchAreas areas, BenchScale scale, Random random) {
        this.random = random;
        this.estates = areas.estates;
        this.tenancies = areas.tenanciesPerEstate;
        this.firstYear = scale.firstYear;
        this.years = scale.years();
    }

    Moveout next() {
        int afdeling = (int) (drawn % estates) + 1;
        long k = drawn / estates;
        drawn++;
        int unit = (int) (k / years % tenancies) + 1;
        LocalDate january = LocalDate.of(firstYear + (int) (k % years), 1, 1);
        LocalDate date = january.plusDays(random.nextInt(january.lengthOfYear()));
        int vacancy = random.nextInt(10) < 4 ? random.nextInt(4) : random.nextInt(60);
        long loss = random.nextInt(100) < 55 ? 0 : 25_000 + random.nextInt(2_000_000);
        return new Moveout(afdeling, String.format("%d-%04d", afdeling, unit), date,
                REASONS.get(random.nextInt(REASONS.size())), vacancy, loss);
    }
}
