package dk.boligmonitor.pipeline;

/** What the shell (cron, systemd) learns from a run. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int CONFIGURATION = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
