package dk.boligmonitor.console;

import dk.boligmonitor.format.Messages;

/**
 * What a console user may do. Least privilege: an administrator manages users and reads the audit log, a data
 * officer works with files, runs and every report, a board member reads the reports of the programmes they sit on.
 * A user may hold several roles.
 */
public enum Role {
    ADMIN, DATA_OFFICER, BOARD;

    /** Its label's key in the bundle, before the role's name. */
    private static final String LABEL = "console.role.";

    /** Spring Security's name for the role, as {@code hasRole} checks it. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role's name as the administrator's pages show it. */
    public String label() {
        return Messages.get(LABEL + name());
    }
}
