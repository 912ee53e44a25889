package uk.mhhs.gateway.participants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes key material (development key stores, private keys, API keys) readable by its owner only: files
 * {@code rw-------} (600), the directories holding them {@code rwx------} (700). On a file system without POSIX
 * permissions the files are written as the platform makes them.
 */
public final class PrivateFiles {

    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_DIRECTORY = "rwx------";

    private PrivateFiles() {
    }

    /** Creates {@code directory} (and missing parents) and makes it owner-only. */
    public static void createDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        restrict(directory, OWNER_ONLY_DIRECTORY);
    }

    /** Writes {@code content} to {@code target} atomically, owner-only, in an owner-only directory. */
    public static void write(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        createDirectory(directory);
        // createTempFile makes the file 600 before a byte is written, so the key is never readable by others
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        try {
            restrict(temporary, OWNER_ONLY_FILE);
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** As {@link #write(Path, byte[])}, for ASCII/UTF-8 text such as PEM. */
    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes an existing file owner-only (one written by an older gateway may be readable by everyone). */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, OWNER_ONLY_FILE);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
