package dk.boligmonitor.rules;

/** How a criterion stands for one unit and year, with the Danish word the board reads. */
public enum Status {
    MET("Opfyldt"),
    NOT_MET("Ikke opfyldt"),
    /** A year on the way to the criterion's last year: the figure is where the path says it should be. */
    ON_TRACK("På rette spor"),
    NOT_ON_TRACK("Ikke på rette spor"),
    /** A survey figure whose difference from its target lies within the survey's 95 % uncertainty. */
    NOT_SIGNIFICANT("Ikke signifikant"),
    NO_DATA("Ingen data"),
    SUPPRESSED("Diskretioneret");

    private final String danish;

    Status(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
