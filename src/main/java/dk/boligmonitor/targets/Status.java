package dk.boligmonitor.targets;

/** How a criterion stands for one unit and year, with the Danish word the board reads. */
public enum Status {
    MET("Opfyldt"),
    NOT_MET("Ikke opfyldt"),
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
