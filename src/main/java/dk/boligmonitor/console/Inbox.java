package dk.boligmonitor.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.format.Messages;
import dk.boligmonitor.ingest.IncomingFile;

/**
 * The inbox as the console sees it: the files lying there now, and the way an upload comes in. An upload is
 * written under a generated name in a hidden folder of the inbox (the ingest reads neither hidden files nor
 * subfolders), checked there by the ingest's own guards, and only then moved into the inbox in one step, so a
 * run never meets half a file or one the guards would refuse.
 */
@Component
class Inbox {

    /** Where uploads are written and checked before they join the inbox. */
    static final String STAGING = ".upload";

    /** A file in the inbox now, as the files page lists it. */
    record InboxFile(String name, long size, LocalDateTime modified) {
    }

    /** What became of an upload that was let in: its name, and whether it took the place of a file of that name. */
    record Admitted(String name, boolean replaced) {
    }

    private final Path folder;
    private final MonitorConfig config;

    Inbox(ConsoleApplication.Folders folders, MonitorConfig config) {
        this.folder = folders.inbox().toAbsolutePath().normalize();
        this.config = config;
    }

    /** The files the ingest would read, by name: hidden files and folders left out. */
    List<InboxFile> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(file -> !isHidden(file))
                    .map(Inbox::describe).sorted(Comparator.comparing(InboxFile::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("console.files.cannot_list", folder), e);
        }
    }

    /** The file of that name among those listed; a name is looked up, never resolved as a path. */
    Optional<Path> find(String name) {
        return files().stream().filter(file -> file.name().equals(name)).findFirst()
                .map(file -> folder.resolve(file.name()));
    }

    /**
     * Lets an upload in under its cleaned name, replacing a file of that name (a corrected delivery), or refuses it
     * with the guard's reason; a refused upload leaves nothing behind.
     */
    Admitted admit(String name, InputStream content) throws IOException {
        Path target = folder.resolve(name).normalize();
        if (!folder.equals(target.getParent())) {
            // UploadName allows no separator; this is the last line, should that ever change
            throw new UploadName.Refused(Messages.get("console.upload.bad_name", name));
        }
        Path staging = Files.createDirectories(folder.resolve(STAGING));
        // the readers tell a file's kind by its extension
        Path staged = staging.resolve(UUID.randomUUID() + UploadName.extension(name));
        try {
            Files.copy(content, staged);
            Optional<String> refusal = IncomingFile.refusal(staged, name, config);
            if (refusal.isPresent()) {
                throw new UploadName.Refused(refusal.get());
            }
            boolean replaced = Files.exists(target);
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Admitted(name, replaced);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    private static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static InboxFile describe(Path file) {
        try {
            return new InboxFile(file.getFileName().toString(), Files.size(file),
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()));
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("console.files.cannot_list", file), e);
        }
    }
}
