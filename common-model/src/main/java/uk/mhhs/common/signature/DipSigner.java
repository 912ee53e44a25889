package uk.mhhs.common.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs outgoing DIP requests (and webhook deliveries) with one participant's RSA key and certificate.
 * Thread-safe: a new {@link Signature} is used per call.
 */
public final class DipSigner {

    private final PrivateKey privateKey;
    private final String certificateHeader;
    private final Clock clock;

    /**
     * @param privateKey the RSA private key of the certificate
     * @param certificate the signing certificate, sent with every request
     * @param clock the source of the signature date
     */
    public DipSigner(PrivateKey privateKey, X509Certificate certificate, Clock clock) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.certificateHeader = Base64.getEncoder()
                .encodeToString(Pem.write(Objects.requireNonNull(certificate, "certificate"))
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs with the system UTC clock.
     *
     * @param privateKey the RSA private key of the certificate
     * @param certificate the signing certificate
     */
    public DipSigner(PrivateKey privateKey, X509Certificate certificate) {
        this(privateKey, certificate, Clock.systemUTC());
    }

    /**
     * @param method HTTP method, e.g. {@code POST}
     * @param fullUrl the whole URL the request goes to
     * @param body the exact body bytes to send; {@code null} or empty for none
     * @return the four headers to add to the request
     */
    public SignedHeaders sign(String method, String fullUrl, byte[] body) {
        String date = DipSignature.formatSignatureDate(clock.instant());
        String hash = DipSignature.contentHash(body);
        String toSign = DipSignature.stringToSign(method, fullUrl, date, hash);
        try {
            Signature rsa = Signature.getInstance(DipSignature.ALGORITHM);
            rsa.initSign(privateKey);
            rsa.update(toSign.getBytes(StandardCharsets.UTF_8));
            return new SignedHeaders(Base64.getEncoder().encodeToString(rsa.sign()), date, hash, certificateHeader);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + privateKey.getAlgorithm() + " key", e);
        }
    }
}
