package uk.mhhs.gateway.participants;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import uk.mhhs.common.signature.Pem;

/**
 * The certificate a participant signs its DIP requests with, parsed once when the registry loads so
 * that verifying a request needs no certificate parsing.
 *
 * @param pem          the PEM text as registered
 * @param certificate  the parsed certificate
 * @param headerValue  the {@code X-DIP-Signature-Certificate} value a signer normally sends for it:
 *                     Base64 of the LF-normalised PEM; a request carrying exactly this value needs no
 *                     parsing
 */
public record SigningCertificate(String pem, X509Certificate certificate, String headerValue) {

    /**
     * @param pem PEM text of one X.509 certificate with an RSA key
     * @throws IllegalArgumentException if it is not one
     */
    public static SigningCertificate fromPem(String pem) {
        try {
            X509Certificate certificate = Pem.readCertificate(pem);
            if (!"RSA".equals(certificate.getPublicKey().getAlgorithm())) {
                throw new IllegalArgumentException("signing certificate must have an RSA key, not "
                        + certificate.getPublicKey().getAlgorithm());
            }
            String normalised = Pem.write(certificate);
            return new SigningCertificate(pem, certificate,
                    Base64.getEncoder().encodeToString(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a PEM X.509 certificate: " + e.getMessage(), e);
        }
    }

    public PublicKey publicKey() {
        return certificate.getPublicKey();
    }

    /** Whether {@code other} is this very certificate (same DER encoding). */
    public boolean sameAs(X509Certificate other) {
        return certificate.equals(other);
    }
}
