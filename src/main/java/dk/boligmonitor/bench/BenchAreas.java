package dk.boligmonitor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dk.boligmonitor.config.Municipalities;
import dk.boligmonitor.config.Municipality;

/**
 * The synthetic programmes: areas spread round-robin over the 98 municipalities, each with 2–6 estates of one
 * housing company. Estates are sized so that the move-out lists give a plausible rate of about 20 % a year.
 */
final class BenchAreas {

    /** Every estate belongs to this company, so one move-out file lists them all. */
    static final String COMPANY = "Benchbo";
    private static final double MOVEOUT_RATE = 0.20;

    record SyntheticArea(String code, String name, Municipality municipality, List<Integer> afdelinger) {
    }

    final List<List<SyntheticArea>> programmes = new ArrayList<>();
    final List<Municipality> municipalities;
    final int estates;
    final int tenanciesPerEstate;

    BenchAreas(BenchScale scale, Municipalities all, Random random) {
        municipalities = List.copyOf(all.all());
        int afdeling = 0;
        int area = 0;
        for (int p = 0; p < scale.programmes; p++) {
            List<SyntheticArea> areas = new ArrayList<>();
            for (int a = 0; a < scale.areasPerProgramme; a++, area++) {
                List<Integer> afdelinger = new ArrayList<>();
                for (int e = 2 + random.nextInt(5); e > 0; e--) {
                    afdelinger.add(++afdeling);
                }
                areas.add(new SyntheticArea(String.format("bench-a%04d", area + 1),
                        String.format("Benchområde %04d", area + 1), municipalities.get(area % municipalities.size()),
                        afdelinger));
            }
            programmes.add(areas);
        }
        estates = afdeling;
        long moveouts = (long) scale.csvMoveouts + scale.xlsxMoveouts;
        tenanciesPerEstate = (int) Math.ceil(moveouts / (MOVEOUT_RATE * scale.years() * estates));
    }

    List<SyntheticArea> all() {
        return programmes.stream().flatMap(List::stream).toList();
    }
}
