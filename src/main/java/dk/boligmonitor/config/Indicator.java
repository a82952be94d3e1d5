package dk.boligmonitor.config;

/**
 * One indicator the programme follows. {@code better} tells whether a rise is good news; {@code derived}
 * names the warehouse calculation for indicators no file carries directly (e.g. move-out rate).
 */
public record Indicator(String code, String name, Unit unit, int decimals, Better better, int order,
                        String derived) {

    public enum Better { HIGHER, LOWER, NONE }

    public boolean isDerived() {
        return derived != null;
    }
}
