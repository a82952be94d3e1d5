package dk.boligmonitor.report;

/** An area's standing on the official list, as {@code official_list_status} records it, in the board's words. */
public enum ListStatus {
    UDSAT("Udsat"),
    PARALLELSAMFUND("Parallelsamfund"),
    IKKE_PAA_LISTEN("Ikke på listen"),
    INGEN_DATA("Ingen data");

    private final String danish;

    ListStatus(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public boolean onTheList() {
        return this == UDSAT || this == PARALLELSAMFUND;
    }
}
