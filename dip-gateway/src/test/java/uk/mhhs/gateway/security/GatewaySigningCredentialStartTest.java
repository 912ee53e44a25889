package uk.mhhs.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.gateway.GatewayProperties;

/**
 * The gateway's signing credential at start: without a configured key store or PEM files, a self-signed one is
 * generated only in the local profile or with {@code mhhs.gateway.security.development-credentials=true};
 * anywhere else the start fails naming the properties to set. Generated files are readable by their owner only.
 */
class GatewaySigningCredentialStartTest {

    @TempDir Path home;

    private ApplicationContextRunner gateway() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, SecurityConfiguration.class)
                .withPropertyValues("mhhs.gateway.security.signing.generated-directory=" + home.resolve("signing"));
    }

    @Test
    void refuses_to_start_without_a_configured_signing_credential_outside_the_local_profile() {
        gateway().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("mhhs.gateway.security.signing.key-store")
                    .hasMessageContaining("mhhs.gateway.security.signing.certificate")
                    .hasMessageContaining("mhhs.gateway.security.development-credentials");
            assertThat(home.resolve("signing")).doesNotExist();
        });
    }

    @Test
    void generates_an_owner_only_credential_with_the_development_credentials_property() {
        gateway().withPropertyValues("mhhs.gateway.security.development-credentials=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(GatewayCredential.class).certificate().getSubjectX500Principal().getName())
                    .isEqualTo("CN=mhhs-dip-gateway");
            Path directory = home.resolve("signing");
            assertThat(permissions(directory)).isEqualTo("rwx------");
            assertThat(permissions(directory.resolve("gateway-private-key.pem"))).isEqualTo("rw-------");
            assertThat(permissions(directory.resolve("gateway-certificate.pem"))).isEqualTo("rw-------");
        });
    }

    @Test
    void generates_one_in_the_local_profile() {
        gateway().withPropertyValues("spring.profiles.active=local").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(home.resolve("signing/gateway-private-key.pem")).exists();
        });
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewayProperties.class)
    static class Properties {

        @Bean
        SecurityProperties securityProperties(GatewayProperties gateway) {
            return gateway.security();
        }
    }
}
