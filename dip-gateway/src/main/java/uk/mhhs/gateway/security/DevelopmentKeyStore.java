package uk.mhhs.gateway.security;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import uk.mhhs.gateway.participants.PrivateFiles;
import uk.mhhs.gateway.participants.SelfSignedCertificates;

/**
 * HTTPS out of the box for LOCAL USE: when {@code server.ssl.enabled} is true and no key store, certificate or SSL
 * bundle is configured, a self-signed key store for {@code localhost} is generated at first start into
 * {@code mhhs.gateway.tls.dev-keystore} (default {@code .local-suite/dip-gateway/dev-keystore.p12}, owner-only) and
 * used, but only where {@link DevelopmentCredentials#allowed} (local profile, or the property); anywhere else the
 * start fails naming the properties to set. Production configures {@code server.ssl.*} (or an SSL bundle).
 */
public class DevelopmentKeyStore implements EnvironmentPostProcessor, Ordered {

    static final String PATH_PROPERTY = "mhhs.gateway.tls.dev-keystore";
    static final String PASSWORD_PROPERTY = "mhhs.gateway.tls.dev-keystore-password";
    static final String ALIAS = "dip-gateway";

    private final Log log;

    public DevelopmentKeyStore(DeferredLogFactory logs) {
        this.log = logs.getLog(DevelopmentKeyStore.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("server.ssl.enabled", Boolean.class, false)
                || environment.containsProperty("server.ssl.key-store")
                || environment.containsProperty("server.ssl.certificate")
                || environment.containsProperty("server.ssl.bundle")) {
            return;
        }
        if (!DevelopmentCredentials.allowed(environment)) {
            throw new IllegalStateException("HTTPS is on (server.ssl.enabled) but no certificate is configured: set "
                    + "server.ssl.key-store (with server.ssl.key-store-password, key-store-type, key-alias), or "
                    + "server.ssl.certificate and server.ssl.certificate-private-key, or server.ssl.bundle; or "
                    + "server.ssl.enabled=false (env SSL_ENABLED=false) behind a TLS-terminating proxy. A self-signed "
                    + "development key store is generated only" + DevelopmentCredentials.howToAllowLocally());
        }
        Path path = Path.of(environment.getProperty(PATH_PROPERTY, ".local-suite/dip-gateway/dev-keystore.p12"));
        String password = environment.getProperty(PASSWORD_PROPERTY, "development-only");
        if (Files.exists(path)) {
            restrict(path);
        } else {
            generate(path, password);
        }
        log.warn("HTTPS uses the self-signed DEVELOPMENT key store " + path.toAbsolutePath()
                + " - for local use only; configure server.ssl.* for anything else");
        environment.getPropertySources().addFirst(new MapPropertySource("dipGatewayDevelopmentKeyStore", Map.of(
                "server.ssl.key-store", path.toAbsolutePath().toUri().toString(),
                "server.ssl.key-store-type", "PKCS12",
                "server.ssl.key-store-password", password,
                "server.ssl.key-alias", ALIAS)));
    }

    private static void generate(Path path, String password) {
        var credential = SelfSignedCertificates.create("localhost", List.of("localhost", "127.0.0.1"),
                Duration.ofDays(825));
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, credential.privateKey(), password.toCharArray(),
                    new Certificate[] {credential.certificate()});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password.toCharArray());
            PrivateFiles.write(path, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development key store " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the development key store", e);
        }
    }

    private static void restrict(Path path) {
        try {
            PrivateFiles.restrictFile(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the development key store " + path + " owner-only", e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
