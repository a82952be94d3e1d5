package dk.boligmonitor.console;

/**
 * What a console user may do. Least privilege: an administrator manages users and reads the audit log, a data
 * officer works with files, runs and every report, a board member reads the reports of the programmes they sit on.
 * A user may hold several roles.
 */
public enum Role {
    ADMIN, DATA_OFFICER, BOARD;

    /** Spring Security's name for the role, as {@code hasRole} checks it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
