package uk.mhhs.common.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;

/**
 * The pieces of a DIP signature that signer and verifier share: header names, the content hash, the
 * signature date format and the string to sign.
 */
public final class DipSignature {

    /** Base64 RSA PKCS#1 v1.5 SHA-256 signature over {@link #stringToSign}. */
    public static final String SIGNATURE_HEADER = "X-DIP-Signature";
    /** ISO-8601 UTC instant with milliseconds, e.g. {@code 2025-06-27T14:29:09.061Z}. */
    public static final String SIGNATURE_DATE_HEADER = "X-DIP-Signature-Date";
    /** Base64 SHA-256 of the body bytes. */
    public static final String CONTENT_HASH_HEADER = "X-DIP-Content-Hash";
    /** Base64 of the PEM text of the signing certificate. */
    public static final String SIGNATURE_CERTIFICATE_HEADER = "X-DIP-Signature-Certificate";
    /** The signature algorithm, RSA PKCS#1 v1.5 with SHA-256. */
    public static final String ALGORITHM = "SHA256withRSA";

    private static final byte[] EMPTY_BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final DateTimeFormatter SIGNATURE_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DipSignature() {
    }

    /**
     * @param body the exact body bytes; {@code null} or empty is hashed as {@code {}}
     * @return Base64 (standard alphabet, padded) of the SHA-256 of the body
     */
    public static String contentHash(byte[] body) {
        byte[] hashed = body == null || body.length == 0 ? EMPTY_BODY : body;
        return Base64.getEncoder().encodeToString(sha256().digest(hashed));
    }

    /**
     * @param method HTTP method, upper-cased here
     * @param fullUrl the whole request URL (scheme, host, path, query), lower-cased here
     * @param signatureDate the {@value #SIGNATURE_DATE_HEADER} value exactly as sent
     * @param contentHash the {@value #CONTENT_HASH_HEADER} value
     * @return {@code METHOD;url;date;hash}
     */
    public static String stringToSign(String method, String fullUrl, String signatureDate, String contentHash) {
        return method.toUpperCase(Locale.ROOT) + ';' + fullUrl.toLowerCase(Locale.ROOT) + ';' + signatureDate
                + ';' + contentHash;
    }

    /**
     * @param instant when the request is signed
     * @return e.g. {@code 2025-06-27T14:29:09.061Z}: UTC, always three fraction digits (truncated)
     */
    public static String formatSignatureDate(Instant instant) {
        return SIGNATURE_DATE.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
