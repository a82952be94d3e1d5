package dk.boligmonitor.cli;

import dk.boligmonitor.progress.TerminalLine;

/** boligmonitor: ingest, warehouse, success criteria and Danish PDF reports for social-housing programmes. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        TerminalLine.installIfTerminal();
        System.exit(new Commands(System.in, System.out, System.err).execute(args));
    }
}
