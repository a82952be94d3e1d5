package dk.boligmonitor.rules;

import dk.boligmonitor.format.Messages;

/** How a criterion stands for one unit and year, with the Danish word the board reads. */
public enum Status {
    MET,
    NOT_MET,
    /** A year on the way to the criterion's last year: the figure is where the path says it should be. */
    ON_TRACK,
    NOT_ON_TRACK,
    /** A survey figure whose difference from its target lies within the survey's 95 % uncertainty. */
    NOT_SIGNIFICANT,
    NO_DATA,
    SUPPRESSED;

    /** The bundle has a word for each status, under this prefix and its name. */
    private static final String WORDS = "rules.status.";

    public String danish() {
        return Messages.get(WORDS + name());
    }
}
