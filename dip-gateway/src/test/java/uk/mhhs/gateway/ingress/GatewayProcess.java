package uk.mhhs.gateway.ingress;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import uk.mhhs.gateway.DipGatewayApplication;
import uk.mhhs.testsupport.TestCertificates;

/**
 * The gateway as a separate JVM process (the test JVM's classpath, main class {@link DipGatewayApplication}),
 * over HTTPS with the development key store it generates (optionally requiring client certificates), so a test
 * can kill it like a crash would.
 */
final class GatewayProcess implements AutoCloseable {

    static final String KEYSTORE_PASSWORD = "development-only";

    private final Process process;
    private final int port;
    private final Path log;
    private final Path keyStore;

    private GatewayProcess(Process process, int port, Path log, Path keyStore) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.keyStore = keyStore;
    }

    /**
     * @param properties Spring properties, passed as command-line arguments (they win over every file)
     * @param workDir    working directory; the development key store and logs go there
     * @param name       log file name
     */
    static GatewayProcess start(Map<String, Object> properties, Path workDir, String name) throws IOException {
        int port = freePort();
        Path keyStore = workDir.resolve("dev-keystore.p12");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), DipGatewayApplication.class.getName()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--server.port=" + port);
        command.add("--server.ssl.enabled=true");
        command.add("--mhhs.gateway.tls.dev-keystore=" + keyStore);
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new GatewayProcess(process, port, log, keyStore);
    }

    /** Waits until {@code /readyz} answers 200 over HTTPS, trusting only the generated key store. */
    HttpClient awaitHealthy(Duration timeout) throws Exception {
        return awaitHealthy(timeout, null);
    }

    /**
     * As {@link #awaitHealthy(Duration)}, presenting {@code clientCertificate} for mTLS.
     *
     * @return a client that trusts the gateway (and presents the certificate, if given)
     */
    HttpClient awaitHealthy(Duration timeout, TestCertificates.Credential clientCertificate) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("gateway process exited with " + process.exitValue() + ":\n" + tail());
            }
            if (Files.exists(keyStore)) {
                HttpClient client = HttpClient.newBuilder().sslContext(sslContext(clientCertificate))
                        .version(HttpClient.Version.HTTP_1_1).build();
                try {
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl()
                            + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        return client;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("gateway not healthy within " + timeout + ":\n" + tail());
    }

    String baseUrl() {
        return "https://localhost:" + port;
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops the process at once; a graceful stop right after start can wait ~30 s for Kafka group joins. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** TLS trusting only the gateway's generated key store, presenting {@code client} if not null. */
    SSLContext sslContext(TestCertificates.Credential client) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        KeyManager[] keys = null;
        if (client != null) {
            KeyStore clientStore = KeyStore.getInstance("PKCS12");
            clientStore.load(null, null);
            clientStore.setKeyEntry("client", client.privateKey(), new char[0],
                    new Certificate[] {client.certificate()});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(clientStore, new char[0]);
            keys = factory.getKeyManagers();
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, trust.getTrustManagers(), null);
        return context;
    }

    /** Writes a PKCS#12 trust store holding {@code certificates}, for {@code server.ssl.trust-store}. */
    static Path trustStore(Path file, String password, X509Certificate... certificates) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < certificates.length; i++) {
            store.setCertificateEntry("client-" + i, certificates[i]);
        }
        try (var out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
