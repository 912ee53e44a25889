package uk.mhhs.testsupport.dip;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Signs DIP requests the way a participant's client does (Elexon's Postman pre-request script and the
 * Sureserve simulator agree): {@code X-DIP-Content-Hash} = Base64(SHA-256(body)), {@code X-DIP-Signature} =
 * Base64 RSA PKCS#1 v1.5 SHA-256 over {@code METHOD;lower(full URL);X-DIP-Signature-Date;content-hash},
 * {@code X-DIP-Signature-Certificate} = Base64 of the certificate PEM. Written independently of the production
 * signer on purpose, so that tests check the gateway against the published algorithm, not against itself.
 * JDK only; thread-safe.
 */
public final class DipRequestSigner {

    private static final DateTimeFormatter SIGNATURE_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final PrivateKey privateKey;
    private final String certificateHeader;

    /**
     * @param privateKey     the RSA key that signs
     * @param certificatePem the PEM sent in {@code X-DIP-Signature-Certificate}
     */
    public DipRequestSigner(PrivateKey privateKey, String certificatePem) {
        this.privateKey = privateKey;
        this.certificateHeader = Base64.getEncoder().encodeToString(
                certificatePem.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The four signature headers for a request signed now. */
    public Map<String, String> sign(String method, String fullUrl, byte[] body) {
        return sign(method, fullUrl, body, Instant.now());
    }

    /** The four signature headers for a request signed at {@code signedAt}. */
    public Map<String, String> sign(String method, String fullUrl, byte[] body, Instant signedAt) {
        String date = SIGNATURE_DATE.format(signedAt.truncatedTo(ChronoUnit.MILLIS));
        String hash = contentHash(body);
        String toSign = method.toUpperCase(Locale.ROOT) + ";" + fullUrl.toLowerCase(Locale.ROOT) + ";" + date + ";"
                + hash;
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(toSign.getBytes(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-DIP-Signature", Base64.getEncoder().encodeToString(rsa.sign()));
            headers.put("X-DIP-Signature-Date", date);
            headers.put("X-DIP-Content-Hash", hash);
            headers.put("X-DIP-Signature-Certificate", certificateHeader);
            return headers;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** Base64 SHA-256 of the body; an empty body is hashed as {@code {}}. */
    public static String contentHash(byte[] body) {
        try {
            byte[] hashed = body == null || body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : body;
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(hashed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
