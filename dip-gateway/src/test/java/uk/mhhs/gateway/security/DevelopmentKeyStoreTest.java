package uk.mhhs.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The development TLS key store: generated only in the local profile or with
 * {@code mhhs.gateway.security.development-credentials=true}; otherwise HTTPS without a configured key store
 * stops the start with an error naming the properties. A generated key store is readable by its owner only.
 */
class DevelopmentKeyStoreTest {

    @TempDir Path home;

    @Test
    void refuses_to_start_HTTPS_without_a_configured_key_store_outside_the_local_profile() {
        Path keyStore = home.resolve("tls/dev-keystore.p12");
        StandardEnvironment environment = environment(Map.of("server.ssl.enabled", "true",
                "mhhs.gateway.tls.dev-keystore", keyStore.toString()));

        assertThatThrownBy(() -> postProcess(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("server.ssl.key-store")
                .hasMessageContaining("server.ssl.bundle")
                .hasMessageContaining("mhhs.gateway.security.development-credentials");
        assertThat(keyStore).doesNotExist();
        assertThat(environment.getProperty("server.ssl.key-store")).isNull();
    }

    @Test
    void generates_an_owner_only_key_store_in_the_local_profile() throws Exception {
        Path keyStore = home.resolve("tls/dev-keystore.p12");
        StandardEnvironment environment = environment(Map.of("server.ssl.enabled", "true",
                "mhhs.gateway.tls.dev-keystore", keyStore.toString()));
        environment.setActiveProfiles("local");

        postProcess(environment);

        assertThat(keyStore).exists();
        assertThat(environment.getProperty("server.ssl.key-store")).isEqualTo(keyStore.toUri().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void generates_one_with_the_development_credentials_property_and_tightens_an_older_one() throws Exception {
        Path keyStore = home.resolve("dev-keystore.p12");
        Map<String, Object> properties = new HashMap<>(Map.of("server.ssl.enabled", "true",
                "mhhs.gateway.tls.dev-keystore", keyStore.toString(),
                "mhhs.gateway.security.development-credentials", "true"));
        postProcess(environment(properties));
        // a key store written by an older gateway, readable by everyone
        Files.setPosixFilePermissions(keyStore, PosixFilePermissions.fromString("rw-r--r--"));

        postProcess(environment(properties));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore))).isEqualTo("rw-------");
    }

    @Test
    void leaves_a_configured_key_store_or_plain_HTTP_alone_outside_the_local_profile() {
        StandardEnvironment configured = environment(Map.of("server.ssl.enabled", "true",
                "server.ssl.key-store", "file:/etc/dip/tls.p12"));
        StandardEnvironment plain = environment(Map.of("server.ssl.enabled", "false"));

        postProcess(configured);
        postProcess(plain);

        assertThat(configured.getProperty("server.ssl.key-store")).isEqualTo("file:/etc/dip/tls.p12");
        assertThat(plain.getProperty("server.ssl.key-store")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static void postProcess(StandardEnvironment environment) {
        new DevelopmentKeyStore(destination -> destination.get()).postProcessEnvironment(environment, null);
    }
}
