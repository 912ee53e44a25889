package uk.mhhs.common.signature;

import java.security.cert.X509Certificate;

/**
 * The outcome of {@link DipSignatureVerifier#verify}: {@link Valid} with the certificate that signed,
 * or {@link Invalid} with the reason.
 */
public sealed interface SignatureVerification {

    /**
     * @return whether the signature is valid
     */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /**
     * The request was signed by the holder of {@code certificate}'s key, over this body, recently.
     * Whether that certificate belongs to the claimed sender is for the caller to decide.
     *
     * @param certificate the certificate from {@value DipSignature#SIGNATURE_CERTIFICATE_HEADER}
     */
    record Valid(X509Certificate certificate) implements SignatureVerification {
    }

    /**
     * The request must be refused (401/403 at the DIP, RCP9999 at a recipient).
     *
     * @param reason why, for the caller to act on
     * @param detail a human-readable explanation, for logs; never contains key material
     */
    record Invalid(Reason reason, String detail) implements SignatureVerification {
    }

    /** Why a signature is invalid, in the order they are checked. */
    enum Reason {
        /** One of the four headers is absent or blank. */
        MISSING_HEADER,
        /** The body's SHA-256 differs from {@value DipSignature#CONTENT_HASH_HEADER}. */
        CONTENT_HASH_MISMATCH,
        /** The certificate header is not Base64 PEM of an RSA X.509 certificate valid now. */
        BAD_CERTIFICATE,
        /** The signature does not verify with the certificate's key over the rebuilt string. */
        SIGNATURE_MISMATCH,
        /** The signature date is unreadable or further from now than the allowed skew. */
        STALE_DATE
    }
}
