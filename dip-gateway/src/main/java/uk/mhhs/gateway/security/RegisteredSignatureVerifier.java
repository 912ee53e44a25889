package uk.mhhs.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.function.Function;
import uk.mhhs.common.signature.DipSignature;
import uk.mhhs.common.signature.Pem;
import uk.mhhs.common.signature.SignatureVerification;
import uk.mhhs.common.signature.SignatureVerification.Invalid;
import uk.mhhs.common.signature.SignatureVerification.Reason;
import uk.mhhs.common.signature.SignatureVerification.Valid;
import uk.mhhs.gateway.participants.SigningCertificate;

/**
 * Checks the four DIP signature headers against the certificate registered for the sender, in the order
 * of {@code DipSignatureVerifier} (hash, certificate, signature, date), but with the registered, already
 * parsed certificate: the certificate header is compared with the registered one as text first and only
 * parsed when the text differs (e.g. CRLF line endings), and the signature is checked with the cached key.
 */
final class RegisteredSignatureVerifier {

    private RegisteredSignatureVerifier() {
    }

    static SignatureVerification verify(SigningCertificate registered, String method, String fullUrl,
                                        Function<String, String> header, byte[] body, Instant now,
                                        Duration maxSkew) {
        String signature = header.apply(DipSignature.SIGNATURE_HEADER);
        String date = header.apply(DipSignature.SIGNATURE_DATE_HEADER);
        String hash = header.apply(DipSignature.CONTENT_HASH_HEADER);
        String certificate = header.apply(DipSignature.SIGNATURE_CERTIFICATE_HEADER);
        for (String[] required : new String[][] {{DipSignature.SIGNATURE_HEADER, signature},
            {DipSignature.SIGNATURE_DATE_HEADER, date}, {DipSignature.CONTENT_HASH_HEADER, hash},
            {DipSignature.SIGNATURE_CERTIFICATE_HEADER, certificate}}) {
            if (required[1] == null || required[1].isBlank()) {
                return new Invalid(Reason.MISSING_HEADER, required[0] + " is missing");
            }
        }
        String actualHash = DipSignature.contentHash(body);
        if (!MessageDigest.isEqual(actualHash.getBytes(StandardCharsets.US_ASCII),
                hash.trim().getBytes(StandardCharsets.US_ASCII))) {
            return new Invalid(Reason.CONTENT_HASH_MISMATCH, "the body hashes to " + actualHash + " but "
                    + DipSignature.CONTENT_HASH_HEADER + " is " + hash.trim());
        }
        Invalid certificateProblem = checkCertificate(registered, certificate.trim(), now);
        if (certificateProblem != null) {
            return certificateProblem;
        }
        String toSign = DipSignature.stringToSign(method, fullUrl, date.trim(), hash.trim());
        try {
            Signature rsa = Signature.getInstance(DipSignature.ALGORITHM);
            rsa.initVerify(registered.publicKey());
            rsa.update(toSign.getBytes(StandardCharsets.UTF_8));
            if (!rsa.verify(Base64.getMimeDecoder().decode(signature.trim()))) {
                return new Invalid(Reason.SIGNATURE_MISMATCH, "the signature does not verify over \"" + toSign + '"');
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return new Invalid(Reason.SIGNATURE_MISMATCH, "the signature is unusable: " + e.getMessage());
        }
        try {
            Instant signed = instantOf(date.trim());
            if (Duration.between(signed, now).abs().compareTo(maxSkew) > 0) {
                return new Invalid(Reason.STALE_DATE, DipSignature.SIGNATURE_DATE_HEADER + " " + date.trim()
                        + " is more than " + maxSkew + " from the DIP's time " + now);
            }
        } catch (DateTimeParseException e) {
            return new Invalid(Reason.STALE_DATE, DipSignature.SIGNATURE_DATE_HEADER
                    + " is not an ISO-8601 instant: " + date.trim());
        }
        return new Valid(registered.certificate());
    }

    /**
     * {@link Instant#parse}, with a fast path for the form clients send ({@code uuuu-MM-ddTHH:mm:ss.SSSZ}, as
     * {@code DipSignature.formatSignatureDate} writes it): JDK 17's {@code Instant.parse} builds a formatter on every
     * call, which cost ~4 % of a request's CPU. Anything else, and any value the fast path cannot take (a leap
     * second, a day that does not exist), goes to {@code Instant.parse}, which accepts or refuses it as before.
     */
    static Instant instantOf(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int millis = digits(text, 20, 23);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && second < 60
                    && millis >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                            .toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // not a real date or time: Instant.parse says why
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number of {@code text[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Invalid checkCertificate(SigningCertificate registered, String header, Instant now) {
        if (!header.equals(registered.headerValue())) {
            try {
                X509Certificate sent = Pem.readCertificate(
                        new String(Base64.getMimeDecoder().decode(header), StandardCharsets.UTF_8));
                if (!registered.sameAs(sent)) {
                    return new Invalid(Reason.BAD_CERTIFICATE,
                            "the signing certificate is not the one registered for this API key's participant");
                }
            } catch (IllegalArgumentException | CertificateException e) {
                return new Invalid(Reason.BAD_CERTIFICATE, "the signing certificate is unreadable: " + e.getMessage());
            }
        }
        try {
            registered.certificate().checkValidity(Date.from(now));
        } catch (CertificateException e) {
            return new Invalid(Reason.BAD_CERTIFICATE, "the registered signing certificate is not valid now: "
                    + e.getMessage());
        }
        return null;
    }
}
