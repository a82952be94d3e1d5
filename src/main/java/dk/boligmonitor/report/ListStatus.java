package dk.boligmonitor.report;

import dk.boligmonitor.format.Messages;

/** An area's standing on the official list, as {@code official_list_status} records it, in the board's words. */
public enum ListStatus {
    UDSAT,
    PARALLELSAMFUND,
    IKKE_PAA_LISTEN,
    INGEN_DATA;

    /** The bundle has a word for each standing, under this prefix and its name. */
    private static final String WORDS = "report.list_status.";

    public String danish() {
        return Messages.get(WORDS + name());
    }

    public boolean onTheList() {
        return this == UDSAT || this == PARALLELSAMFUND;
    }
}
