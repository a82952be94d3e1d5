package dk.boligmonitor;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import dk.boligmonitor.cli.Commands;
import dk.boligmonitor.progress.TerminalLine;

/** boligmonitor: ingest, warehouse, success criteria and Danish PDF reports for social-housing programmes. */
@SpringBootApplication
public class BoligmonitorApplication {

    public static void main(String[] args) {
        TerminalLine.installIfTerminal();
        System.exit(new Commands(System.out, System.err).execute(args));
    }
}
