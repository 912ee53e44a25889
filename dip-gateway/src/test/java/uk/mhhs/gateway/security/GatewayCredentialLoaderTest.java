package uk.mhhs.gateway.security;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mhhs.common.signature.Pem;
import uk.mhhs.testsupport.TestCertificates;

class GatewayCredentialLoaderTest {

    @TempDir Path directory;

    @Test
    void loads_the_key_entry_of_a_PKCS12_key_store() throws Exception {
        var credential = TestCertificates.selfSigned("dip-gateway-p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("gateway", credential.privateKey(), "secret".toCharArray(),
                new Certificate[] {credential.certificate()});
        Path file = directory.resolve("gateway.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "secret".toCharArray());
        }

        GatewayCredential loaded = GatewayCredentialLoader.load(signing(file.toString(), "secret", null, null, null),
                false);

        assertThat(loaded.certificate()).isEqualTo(credential.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(credential.privateKey().getEncoded());
    }

    @Test
    void loads_a_PEM_certificate_and_private_key() throws Exception {
        var credential = TestCertificates.selfSigned("dip-gateway-pem");
        Path certificate = Files.writeString(directory.resolve("cert.pem"), credential.certificatePem());
        Path key = Files.writeString(directory.resolve("key.pem"), Pem.write(credential.privateKey()));

        GatewayCredential loaded = GatewayCredentialLoader.load(signing(null, "", certificate.toString(),
                key.toString(), null), false);

        assertThat(loaded.certificate()).isEqualTo(credential.certificate());
    }

    @Test
    void generates_a_credential_at_first_start_and_reuses_it_afterwards() {
        SigningProperties signing = signing(null, "", null, null, directory.resolve("signing").toString());

        GatewayCredential first = GatewayCredentialLoader.load(signing, true);
        GatewayCredential second = GatewayCredentialLoader.load(signing, true);

        assertThat(first.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=mhhs-dip-gateway");
        assertThat(second.certificate()).isEqualTo(first.certificate());
        assertThat(directory.resolve("signing/gateway-certificate.pem")).exists();
    }

    private static SigningProperties signing(String keyStore, String password, String certificate,
            String privateKey, String generatedDirectory) {
        return new SigningProperties(keyStore, password, null, certificate, privateKey, generatedDirectory,
                "mhhs-dip-gateway");
    }
}
