package uk.mhhs.gateway.security;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import uk.mhhs.common.signature.DipSigner;

/**
 * The gateway's own RSA key and certificate, with which it signs every webhook call (the same four
 * {@code X-DIP-Signature*} headers as on ingress), so that recipients can verify it is the DIP calling.
 *
 * @param privateKey the RSA private key
 * @param certificate its certificate, sent with every call
 */
public record GatewayCredential(PrivateKey privateKey, X509Certificate certificate) {

    public GatewayCredential {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * @param clock the source of signature dates
     * @return a signer for outgoing requests
     */
    public DipSigner signer(Clock clock) {
        return new DipSigner(privateKey, certificate, clock);
    }
}
