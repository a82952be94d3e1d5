package dk.boligmonitor.ingest.badinput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Move-out lists that spell the same thing differently or carry personal data in another form than a column
 * that says so: tenancy and afdeling numbers with leading zeros, no-break and zero-width spaces; CPR numbers
 * written with a space or an en dash; tenants' names in the reason, in a column called "Lejer", and where a
 * shifted value lands in a rejected row.
 */
public final class MoveoutCorpus {

    /** Tenants' names in the corpus (invented): none of them may reach the database. */
    public static final List<String> NAMES = List.of("Karen Jensen", "Ole Hansen", "Birthe Nielsen", "Jens Poulsen");
    /** CPR numbers as people type them in free text (invented, with real dates). */
    public static final List<String> CPR_SPELLINGS = List.of("010203 1234", "120345\u20131234");

    private final Path dir;

    private MoveoutCorpus(Path dir) {
        this.dir = dir;
    }

    static void write(Path dir) throws IOException {
        MoveoutCorpus corpus = new MoveoutCorpus(dir);
        corpus.sameThingSpeltDifferently();
        corpus.personalDataInOtherForms();
    }

    private void sameThingSpeltDifferently() throws IOException {
        List<String> tenancies = BadInputCorpus.moveouts(new Random(119), new int[] {23, 24}, 2019, 30);
        repeat(tenancies, 5, 1, tenancy -> tenancy.replace("-00", "-"));
        repeat(tenancies, 9, 1, tenancy -> tenancy + "\u00A0");
        repeat(tenancies, 12, 1, tenancy -> tenancy.replace("-", "-\u200B"));
        text("fraflytninger_fob_2019_lejemaalsnr_stavet_forskelligt.csv", tenancies);

        List<String> estates = BadInputCorpus.moveouts(new Random(219), new int[] {26, 32}, 2019, 30);
        BadInputCorpus.setField(estates, 2, 0, "026");
        BadInputCorpus.setField(estates, 3, 0, "32\u00A0");
        BadInputCorpus.setField(estates, 4, 0, "0032");
        repeat(estates, 7, 0, afdeling -> "00" + afdeling);
        text("fraflytninger_fob_2019_afdeling_med_nuller.csv", estates);
    }

    private void personalDataInOtherForms() throws IOException {
        List<String> space = BadInputCorpus.moveouts(new Random(113), new int[] {7}, 2013, 30);
        BadInputCorpus.setField(space, 6, 3, "Dødsbo efter " + CPR_SPELLINGS.get(0));
        text("fraflytninger_sab_2013_cpr_med_mellemrum.csv", space);

        List<String> dash = BadInputCorpus.moveouts(new Random(114), new int[] {7}, 2014, 30);
        BadInputCorpus.setField(dash, 11, 3, "Fraflyttet, se sag " + CPR_SPELLINGS.get(1));
        text("fraflytninger_sab_2014_cpr_med_tankestreg.csv", dash);

        List<String> reason = BadInputCorpus.moveouts(new Random(115), new int[] {7}, 2015, 30);
        BadInputCorpus.setField(reason, 4, 3, "dødsbo v/ " + NAMES.get(0));
        BadInputCorpus.setField(reason, 9, 3, "Opsagt af " + NAMES.get(1) + " (datter)");
        text("fraflytninger_sab_2015_navn_i_aarsag.csv", reason);

        List<String> tenant = new ArrayList<>();
        List<String> rows = BadInputCorpus.moveouts(new Random(116), new int[] {7}, 2015, 20);
        for (int i = 0; i < rows.size(); i++) {
            tenant.add(rows.get(i) + ";" + (i == 0 ? "Lejer" : NAMES.get(i % NAMES.size())));
        }
        text("fraflytninger_sab_2015_lejer_kolonne.csv", tenant);

        List<String> shifted = BadInputCorpus.moveouts(new Random(117), new int[] {34}, 2019, 30);
        BadInputCorpus.setField(shifted, 4, 2, NAMES.get(2));
        BadInputCorpus.setField(shifted, 8, 1, NAMES.get(3));
        text("fraflytninger_fob_2019_navn_i_dato_og_lejemaal.csv", shifted);
    }

    /** Adds a data line again at the end, with one field spelt another way. */
    private static void repeat(List<String> lines, int dataRow, int field, UnaryOperator<String> spelling) {
        lines.add(lines.get(dataRow));
        BadInputCorpus.setField(lines, lines.size() - 1, field, spelling.apply(lines.get(dataRow).split(";")[field]));
    }

    private void text(String name, List<String> lines) throws IOException {
        Files.writeString(dir.resolve(name), lines.stream().map(line -> line + "\r\n").reduce("", String::concat),
                StandardCharsets.UTF_8);
    }
}
