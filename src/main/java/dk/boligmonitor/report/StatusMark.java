package dk.boligmonitor.report;

import java.util.Arrays;
import java.util.stream.Collectors;

import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.rules.Status;

/**
 * The mark of each criterion status, a glyph that reads when the packet is printed in black and white and a
 * colour for those who read it on screen. Every glyph exists in DejaVu Sans, the only font the reports embed.
 */
final class StatusMark {

    private static final String GOOD = "#2E7D32";
    private static final String BAD = "#B3261E";
    private static final String NEUTRAL = "#5F6B7A";

    private StatusMark() {
    }

    static String glyph(Status status) {
        return switch (status) {
            case MET -> "✔";
            case NOT_MET -> "✘";
            case ON_TRACK -> "→";
            case NOT_ON_TRACK -> "↘";
            case NOT_SIGNIFICANT -> "≈";
            case NO_DATA -> "–";
            case SUPPRESSED -> "..";
        };
    }

    private static String colour(Status status) {
        return switch (status) {
            case MET, ON_TRACK -> GOOD;
            case NOT_MET, NOT_ON_TRACK -> BAD;
            case NOT_SIGNIFICANT, NO_DATA, SUPPRESSED -> NEUTRAL;
        };
    }

    /** The glyph in its colour, as Jasper's styled markup; an empty string for a criterion that does not apply. */
    static String styled(Status status) {
        return status == null ? "" : "<style forecolor='" + colour(status) + "'>" + glyph(status) + "</style>";
    }

    /** The glyph and the status word, as the criteria tables print a status. */
    static String styledWithWord(Status status) {
        return styled(status) + " " + status.danish();
    }

    /** Every mark and its meaning, in the order of {@link Status}: "✔ opfyldt   ✘ ikke opfyldt   ...". */
    static String legend() {
        return Arrays.stream(Status.values())
                .map(status -> styled(status) + " " + status.danish().toLowerCase(DanishFormat.DANISH))
                .collect(Collectors.joining("    "));
    }
}
