package uk.mhhs.systemtests;

import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.dip.SignedDipRequests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * A market participant the gateway's {@code local} profile seeds, with the API key, key and certificate it wrote to
 * {@code <home>/dip-gateway/participants/<DIP ID>.{api-key,key.pem,cert.pem}}: what a participant's own client
 * would hold.
 */
record SuiteParticipant(String dipId, String mpid, String role, String apiKey,
                        TestCertificates.Credential credential) {

    static boolean seeded(Path participants, String dipId) {
        return Files.isRegularFile(participants.resolve(dipId + ".api-key"));
    }

    static SuiteParticipant load(Path participants, String dipId, String mpid, String role) {
        try {
            String apiKey = Files.readString(participants.resolve(dipId + ".api-key")).trim();
            byte[] key = der(Files.readString(participants.resolve(dipId + ".key.pem")));
            byte[] cert = Files.readString(participants.resolve(dipId + ".cert.pem")).getBytes(StandardCharsets.UTF_8);
            var credential = new TestCertificates.Credential(
                    KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key)),
                    (X509Certificate) CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(cert)));
            return new SuiteParticipant(dipId, mpid, role, apiKey, credential);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the seeded credentials of " + dipId + " in " + participants, e);
        }
    }

    /** Signed requests of this participant to the gateway at {@code gatewayBaseUrl}. */
    SignedDipRequests requests(String gatewayBaseUrl) {
        return new SignedDipRequests(gatewayBaseUrl, apiKey, credential);
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", ""));
    }
}
