package dk.boligmonitor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, as Maven wrote it into application.properties when it built it. */
final class Version {

    private Version() {
    }

    static String of() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("info.version");
    }
}
