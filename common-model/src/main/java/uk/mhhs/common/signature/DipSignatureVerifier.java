package uk.mhhs.common.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import uk.mhhs.common.signature.SignatureVerification.Invalid;
import uk.mhhs.common.signature.SignatureVerification.Reason;
import uk.mhhs.common.signature.SignatureVerification.Valid;

/**
 * Verifies the four DIP signature headers of an incoming request: body hash, certificate, signature
 * over the string rebuilt from the request as received, and freshness of the signature date.
 *
 * <p>The signature is checked before the date, so {@link Reason#STALE_DATE} means an authentic but
 * old (possibly replayed) request. Not done here: the certificate chain to a trust anchor, and
 * whether the certificate belongs to the sender's DIP ID; the caller does both with
 * {@link Valid#certificate()}.
 */
public final class DipSignatureVerifier {

    private DipSignatureVerifier() {
    }

    /**
     * @param method HTTP method as received
     * @param fullUrl the whole URL as received (scheme, host, path, query)
     * @param headers request headers; names are matched ignoring case
     * @param body the exact body bytes; {@code null} or empty for none
     * @param clock now
     * @param maxSkew how far the signature date may be from now, either way
     * @return valid with the signing certificate, or invalid with the first failed check
     */
    public static SignatureVerification verify(String method, String fullUrl, Map<String, String> headers,
            byte[] body, Clock clock, Duration maxSkew) {
        return verify(method, fullUrl, name -> headerIgnoringCase(headers, name), body, clock, maxSkew);
    }

    /**
     * As {@link #verify(String, String, Map, byte[], Clock, Duration)}, for frameworks that look
     * headers up by name (e.g. {@code request::getHeader}).
     *
     * @param method HTTP method as received
     * @param fullUrl the whole URL as received
     * @param header returns the value of a header, or {@code null} if absent
     * @param body the exact body bytes; {@code null} or empty for none
     * @param clock now
     * @param maxSkew how far the signature date may be from now, either way
     * @return valid with the signing certificate, or invalid with the first failed check
     */
    public static SignatureVerification verify(String method, String fullUrl, Function<String, String> header,
            byte[] body, Clock clock, Duration maxSkew) {
        String signature = header.apply(DipSignature.SIGNATURE_HEADER);
        String date = header.apply(DipSignature.SIGNATURE_DATE_HEADER);
        String hash = header.apply(DipSignature.CONTENT_HASH_HEADER);
        String certificateHeader = header.apply(DipSignature.SIGNATURE_CERTIFICATE_HEADER);
        if (isBlank(signature)) {
            return missing(DipSignature.SIGNATURE_HEADER);
        }
        if (isBlank(date)) {
            return missing(DipSignature.SIGNATURE_DATE_HEADER);
        }
        if (isBlank(hash)) {
            return missing(DipSignature.CONTENT_HASH_HEADER);
        }
        if (isBlank(certificateHeader)) {
            return missing(DipSignature.SIGNATURE_CERTIFICATE_HEADER);
        }

        String actualHash = DipSignature.contentHash(body);
        if (!MessageDigest.isEqual(actualHash.getBytes(StandardCharsets.US_ASCII),
                hash.trim().getBytes(StandardCharsets.US_ASCII))) {
            return new Invalid(Reason.CONTENT_HASH_MISMATCH,
                    "body hashes to " + actualHash + " but " + DipSignature.CONTENT_HASH_HEADER + " is " + hash);
        }

        Instant now = clock.instant();
        X509Certificate certificate;
        try {
            certificate = Pem.readCertificate(
                    new String(Base64.getMimeDecoder().decode(certificateHeader.trim()), StandardCharsets.UTF_8));
            certificate.checkValidity(Date.from(now));
            if (!"RSA".equals(certificate.getPublicKey().getAlgorithm())) {
                return new Invalid(Reason.BAD_CERTIFICATE,
                        "certificate key is " + certificate.getPublicKey().getAlgorithm() + ", not RSA");
            }
        } catch (IllegalArgumentException | CertificateException e) {
            return new Invalid(Reason.BAD_CERTIFICATE, "certificate unusable: " + e.getMessage());
        }

        String toSign = DipSignature.stringToSign(method, fullUrl, date.trim(), hash.trim());
        try {
            Signature rsa = Signature.getInstance(DipSignature.ALGORITHM);
            rsa.initVerify(certificate.getPublicKey());
            rsa.update(toSign.getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(Base64.getMimeDecoder().decode(signature.trim()))) {
                return new Invalid(Reason.SIGNATURE_MISMATCH, "signature does not match \"" + toSign + '"');
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return new Invalid(Reason.SIGNATURE_MISMATCH, "signature unusable: " + e.getMessage());
        }

        Instant signed;
        try {
            signed = Instant.parse(date.trim());
        } catch (DateTimeParseException e) {
            return new Invalid(Reason.STALE_DATE, DipSignature.SIGNATURE_DATE_HEADER + " is not an ISO-8601 instant: "
                    + date);
        }
        if (Duration.between(signed, now).abs().compareTo(maxSkew) > 0) {
            return new Invalid(Reason.STALE_DATE,
                    "signed at " + date + ", now " + now + ", more than " + maxSkew + " apart");
        }
        return new Valid(certificate);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Invalid missing(String header) {
        return new Invalid(Reason.MISSING_HEADER, header + " is missing");
    }

    private static String headerIgnoringCase(Map<String, String> headers, String name) {
        String exact = headers.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
