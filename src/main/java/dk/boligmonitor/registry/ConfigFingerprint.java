package dk.boligmonitor.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.Messages;

/** A SHA-256 of what, besides the loaded files, decides the warehouse's facts, criteria and reports. */
@Component
class ConfigFingerprint {

    private static final List<String> DECIDING_PARTS = List.of("indicators.yml", "reference-groups.yml",
            "programmes", "criteria-sets");

    private final MonitorConfig config;
    private final int minPersons;

    ConfigFingerprint(MonitorConfig config, @Value("${boligmonitor.disclosure.min-persons:5}") int minPersons) {
        this.config = config;
        this.minPersons = minPersons;
    }

    /**
     * The parts of jobs/ that decide what a fact, a criterion or a report holds, with the disclosure threshold.
     * Source mappings are left out on purpose: a corrected mapping reaches the warehouse only through the files a
     * rerun loads again, and that is what a partial rebuild is for.
     */
    String current() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("min-persons=" + minPersons + "\n").getBytes(StandardCharsets.UTF_8));
            for (String part : DECIDING_PARTS) {
                Path path = config.directory().resolve(part);
                if (!Files.exists(path)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update((config.directory().relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("registry.fingerprint.unreadable", config.directory(),
                    e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
