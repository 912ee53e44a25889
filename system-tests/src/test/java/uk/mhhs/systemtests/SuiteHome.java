package uk.mhhs.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What every suite start of these tests needs before it starts: free ports and a fresh home directory. */
public final class SuiteHome {

    private SuiteHome() {
    }

    /** A port free now (the suite binds it a moment later; a clash fails the start loudly). */
    public static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }

    /** Deletes the last run's home: a fresh database and broker each run (its logs stay until the next run). */
    public static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
