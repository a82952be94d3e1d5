package dk.boligmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.SourceMapping;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.LoadRegistry.RegisteredFile;
import dk.boligmonitor.ingest.read.FileRefusedException;
import dk.boligmonitor.registry.FileStatus;

/**
 * Finds the data files in the inbox, matches each to its mapping(s) and registers what is new. A file is
 * known by its content: the same file again is skipped and says so; a refused one is tried again.
 * <p>
 * So that a data officer can predict which of two versions counts: only the inbox itself is read, not its
 * subfolders (where old versions are kept), and files are registered, and so loaded, oldest first by the time
 * they were saved, so a newer delivery of the same figures (a re-download saved as "name (1).csv") loads last
 * and replaces the older one (LoadRegistry). A copy with the same content as another file is skipped. Each of
 * these is said at WARN.
 */
@Component
public class FileRegistrar {

    private static final Logger log = LoggerFactory.getLogger(FileRegistrar.class);
    private static final List<String> DATA_FILES = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls");
    static final String NO_MAPPING = "(ingen mapping)";

    private final MonitorConfig config;
    private final LoadRegistry registry;

    FileRegistrar(MonitorConfig config, LoadRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /** Registers the inbox's files and says how many were skipped as unchanged. */
    public int registerAll(Path inbox) {
        int unchanged = 0;
        // mapping + content → the first file with it: a second is a copy
        Map<String, Path> copies = new HashMap<>();
        for (Path file : dataFiles(inbox)) {
            String sha256 = sha256(file);
            List<SourceMapping> mappings = mappingsFor(config, file);
            if (mappings.isEmpty()) {
                register(file, NO_MAPPING, sha256);
                registry.refused(registry.find(NO_MAPPING, sha256).orElseThrow().id(),
                        Messages.get("ingest.registrar.no_mapping"), 0, 0);
            }
            for (SourceMapping mapping : mappings) {
                Path original = copies.putIfAbsent(mapping.name() + "|" + sha256, file);
                if (original != null) {
                    log.warn(Messages.get("ingest.registrar.copy", file.getFileName(), mapping.name(),
                            original.getFileName()));
                } else if (register(file, mapping.name(), sha256)) {
                    unchanged++;
                }
            }
        }
        return unchanged;
    }

    /** The mappings whose file-name patterns take the file: none, one, or several that each load it. */
    public static List<SourceMapping> mappingsFor(MonitorConfig config, Path file) {
        return config.sources().stream().filter(m -> m.patternFor(file).isPresent()).toList();
    }

    /** Registers one file for one mapping; true when it is unchanged since it was loaded. */
    private boolean register(Path file, String source, String sha256) {
        Optional<RegisteredFile> known = registry.find(source, sha256);
        if (known.isEmpty()) {
            registry.register(source, file, sha256, size(file));
            return false;
        }
        RegisteredFile earlier = known.get();
        if (earlier.status().equals(FileStatus.LOADED) || earlier.status().equals(FileStatus.REPLACED)) {
            log.info(Messages.get("ingest.registrar.unchanged", file.getFileName(), source));
            return true;
        }
        // refused (the mapping may have been mended since), waiting or interrupted: the load step takes it from
        // the start, from where it lies now (the inbox may have been moved or the file renamed since)
        registry.retry(earlier.id(), file);
        return false;
    }

    private static List<Path> dataFiles(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            throw new FileRefusedException(Messages.get("ingest.registrar.no_inbox", inbox));
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            List<Path> all = entries.toList();
            // a hidden folder is nobody's old versions: the console stages its uploads in one
            all.stream().filter(Files::isDirectory).filter(folder -> !isHidden(folder))
                    .filter(FileRegistrar::holdsDataFiles).sorted()
                    .forEach(folder -> log.warn(Messages.get("ingest.registrar.subfolder", folder.getFileName(),
                            folder, inbox)));
            return all.stream().filter(Files::isRegularFile).filter(FileRegistrar::isDataFile)
                    .sorted(Comparator.comparing(FileRegistrar::savedAt).thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("ingest.registrar.cannot_list", inbox), e);
        }
    }

    private static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        return !isHidden(file) && !name.startsWith("~$")
                && DATA_FILES.stream().anyMatch(ext -> name.toLowerCase(Locale.ROOT).endsWith(ext));
    }

    private static boolean holdsDataFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).anyMatch(FileRegistrar::isDataFile);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("ingest.registrar.cannot_list", folder), e);
        }
    }

    private static FileTime savedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("ingest.registrar.cannot_read", file), e);
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("ingest.registrar.cannot_read", file), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("ingest.registrar.cannot_read", file), e);
        }
    }
}
