package uk.mhhs.common.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.mhhs.common.signature.TestCertificates.Identity;

class PemTest {

    private static final Identity IDENTITY = TestCertificates.selfSigned("pem",
            Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));

    @Test
    void writes_a_certificate_with_lf_and_64_character_lines() {
        String pem = Pem.write(IDENTITY.certificate());

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("\n-----END CERTIFICATE-----\n")
                .doesNotContain("\r");
        assertThat(pem.lines().filter(l -> !l.startsWith("-----"))).allMatch(l -> l.length() <= 64);
    }

    @Test
    void reads_back_what_it_writes() throws Exception {
        assertThat(Pem.readCertificate(Pem.write(IDENTITY.certificate()))).isEqualTo(IDENTITY.certificate());
        PrivateKey key = Pem.readPrivateKey(Pem.write(IDENTITY.keys().getPrivate()), "RSA");
        assertThat(key.getEncoded()).isEqualTo(IDENTITY.keys().getPrivate().getEncoded());
    }

    @Test
    void reads_a_chain_in_order_skipping_other_blocks() throws Exception {
        Identity other = TestCertificates.selfSigned("other", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"));
        String text = "subject=CN=pem\r\n" + Pem.write(IDENTITY.certificate()).replace("\n", "\r\n")
                + Pem.write(IDENTITY.keys().getPrivate()) + Pem.write(other.certificate());

        assertThat(Pem.readCertificates(text)).containsExactly(IDENTITY.certificate(), other.certificate());
    }

    @Test
    void says_when_there_is_nothing_to_read() {
        assertThatThrownBy(() -> Pem.readCertificate("hello")).isInstanceOf(CertificateException.class)
                .hasMessageContaining("no CERTIFICATE block");
        assertThatThrownBy(() -> Pem.readPrivateKey(Pem.write(IDENTITY.certificate()), "RSA"))
                .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("PRIVATE KEY");
    }
}
