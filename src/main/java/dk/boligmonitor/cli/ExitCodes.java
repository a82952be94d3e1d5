package dk.boligmonitor.cli;

/** What the shell (cron, systemd) learns from a run. */
final class ExitCodes {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int CONFIGURATION = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
