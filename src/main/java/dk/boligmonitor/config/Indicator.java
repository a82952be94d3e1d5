package dk.boligmonitor.config;

/**
 * One indicator the programme follows. {@code better} tells whether a rise is good news; {@code derived}
 * names the warehouse calculation for indicators no file carries directly (e.g. move-out rate); {@code counts}
 * says whether small counts behind it could point at persons; a {@code survey} share carries sampling
 * uncertainty from its number of respondents.
 */
public record Indicator(String code, String name, Unit unit, int decimals, Better better, int order,
                        String derived, Counts counts, boolean survey) {

    public enum Better { HIGHER, LOWER, NONE }

    /** What the counts behind the figure are: persons must not be identifiable from small counts, events may. */
    public enum Counts { PERSONS, EVENTS }

    public boolean isDerived() {
        return derived != null;
    }
}
