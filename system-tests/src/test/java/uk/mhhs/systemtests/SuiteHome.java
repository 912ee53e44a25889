package uk.mhhs.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What every suite start of these tests needs: free ports and a fresh home directory before it starts, and trust in
 * the gateway's generated development certificate once it runs.
 */
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

    /** Trusts exactly the gateway's generated development certificate (its {@code dev-keystore.p12}). */
    public static SSLContext trusting(Path devKeyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(devKeyStore)) {
            store.load(in, "development-only".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
