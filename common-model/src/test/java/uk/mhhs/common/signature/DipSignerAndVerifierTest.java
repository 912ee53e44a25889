package uk.mhhs.common.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.mhhs.common.signature.SignatureVerification.Invalid;
import uk.mhhs.common.signature.SignatureVerification.Reason;
import uk.mhhs.common.signature.SignatureVerification.Valid;
import uk.mhhs.common.signature.TestCertificates.Identity;

class DipSignerAndVerifierTest {

    private static final Instant SIGNED_AT = Instant.parse("2025-06-27T14:29:09.061Z");
    private static final Clock SIGNING_CLOCK = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final String URL = "https://dip.example.test/dip-channel/IF-021";
    private static final byte[] BODY = "[{\"payload\":{}}]".getBytes(StandardCharsets.UTF_8);

    private static final Identity SUPPLIER = TestCertificates.selfSigned("supplier",
            Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
    private static final Identity OTHER = TestCertificates.selfSigned("other",
            Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));

    private final DipSigner signer = new DipSigner(SUPPLIER.keys().getPrivate(), SUPPLIER.certificate(), SIGNING_CLOCK);

    @Test
    void signs_with_the_four_headers() throws Exception {
        SignedHeaders headers = signer.sign("POST", URL, BODY);

        assertThat(headers.signatureDate()).isEqualTo("2025-06-27T14:29:09.061Z");
        assertThat(headers.contentHash()).isEqualTo(DipSignature.contentHash(BODY));
        String pem = new String(Base64.getDecoder().decode(headers.certificate()), StandardCharsets.UTF_8);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n")
                .doesNotContain("\r");
        assertThat(Pem.readCertificate(pem)).isEqualTo(SUPPLIER.certificate());
        assertThat(headers.asMap()).containsOnlyKeys("X-DIP-Signature", "X-DIP-Signature-Date",
                "X-DIP-Content-Hash", "X-DIP-Signature-Certificate");

        // Independently: the signature is SHA256withRSA over METHOD;lower(url);date;hash.
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(SUPPLIER.certificate());
        rsa.update(("POST;https://dip.example.test/dip-channel/if-021;2025-06-27T14:29:09.061Z;"
                + headers.contentHash()).getBytes(StandardCharsets.UTF_8));
        assertThat(rsa.verify(Base64.getDecoder().decode(headers.signature()))).isTrue();
    }

    @Test
    void verifies_a_signed_request_and_returns_its_certificate() {
        Map<String, String> headers = signer.sign("POST", URL, BODY).asMap();

        SignatureVerification result = DipSignatureVerifier.verify("POST", URL, headers, BODY,
                clockAt(SIGNED_AT.plusSeconds(30)), SKEW);

        assertThat(result).isEqualTo(new Valid(SUPPLIER.certificate()));
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void verifies_an_empty_body_signed_as_empty_json_object() {
        Map<String, String> headers = signer.sign("GET", URL, null).asMap();

        assertThat(headers).containsEntry("X-DIP-Content-Hash", "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=");
        assertThat(DipSignatureVerifier.verify("GET", URL, headers, new byte[0], SIGNING_CLOCK, SKEW).isValid())
                .isTrue();
    }

    @Test
    void matches_header_names_ignoring_case_and_url_ignoring_case() {
        Map<String, String> lower = new HashMap<>();
        signer.sign("POST", URL, BODY).asMap().forEach((k, v) -> lower.put(k.toLowerCase(), v));

        assertThat(DipSignatureVerifier.verify("post", URL.toUpperCase(), lower, BODY, SIGNING_CLOCK, SKEW))
                .isInstanceOf(Valid.class);
    }

    @Test
    void rejects_a_tampered_body() {
        Map<String, String> headers = signer.sign("POST", URL, BODY).asMap();
        byte[] tampered = "[{\"payload\":{\"x\":1}}]".getBytes(StandardCharsets.UTF_8);

        assertThat(reason(DipSignatureVerifier.verify("POST", URL, headers, tampered, SIGNING_CLOCK, SKEW)))
                .isEqualTo(Reason.CONTENT_HASH_MISMATCH);
    }

    @Test
    void rejects_a_body_whose_hash_header_was_replaced_too() {
        byte[] tampered = "[{\"payload\":{\"x\":1}}]".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(signer.sign("POST", URL, BODY).asMap());
        headers.put("X-DIP-Content-Hash", DipSignature.contentHash(tampered));

        assertThat(reason(DipSignatureVerifier.verify("POST", URL, headers, tampered, SIGNING_CLOCK, SKEW)))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejects_a_signature_made_with_another_key() {
        SignedHeaders byOther = new DipSigner(OTHER.keys().getPrivate(), OTHER.certificate(), SIGNING_CLOCK)
                .sign("POST", URL, BODY);
        SignedHeaders claimingSupplier = new SignedHeaders(byOther.signature(), byOther.signatureDate(),
                byOther.contentHash(), signer.sign("POST", URL, BODY).certificate());

        assertThat(reason(DipSignatureVerifier.verify("POST", URL, claimingSupplier.asMap(), BODY, SIGNING_CLOCK,
                SKEW))).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejects_a_request_sent_to_another_url() {
        Map<String, String> headers = signer.sign("POST", URL, BODY).asMap();

        assertThat(reason(DipSignatureVerifier.verify("POST", "https://dip.example.test/dip-channel/IF-022",
                headers, BODY, SIGNING_CLOCK, SKEW))).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void rejects_a_signature_date_six_minutes_old_or_ahead() {
        Map<String, String> headers = signer.sign("POST", URL, BODY).asMap();

        assertThat(reason(DipSignatureVerifier.verify("POST", URL, headers, BODY,
                clockAt(SIGNED_AT.plus(Duration.ofMinutes(6))), SKEW))).isEqualTo(Reason.STALE_DATE);
        assertThat(reason(DipSignatureVerifier.verify("POST", URL, headers, BODY,
                clockAt(SIGNED_AT.minus(Duration.ofMinutes(6))), SKEW))).isEqualTo(Reason.STALE_DATE);
        assertThat(DipSignatureVerifier.verify("POST", URL, headers, BODY,
                clockAt(SIGNED_AT.plus(SKEW)), SKEW).isValid()).isTrue();
    }

    @Test
    void rejects_a_missing_header() {
        for (String name : new String[] {"X-DIP-Signature", "X-DIP-Signature-Date", "X-DIP-Content-Hash",
            "X-DIP-Signature-Certificate"}) {
            Map<String, String> headers = new HashMap<>(signer.sign("POST", URL, BODY).asMap());
            headers.remove(name);

            SignatureVerification result = DipSignatureVerifier.verify("POST", URL, headers, BODY, SIGNING_CLOCK, SKEW);

            assertThat(result).as(name).isInstanceOf(Invalid.class);
            assertThat(reason(result)).as(name).isEqualTo(Reason.MISSING_HEADER);
            assertThat(((Invalid) result).detail()).isEqualTo(name + " is missing");
        }
    }

    @Test
    void rejects_a_certificate_header_that_is_not_a_certificate() {
        Map<String, String> headers = new HashMap<>(signer.sign("POST", URL, BODY).asMap());
        headers.put("X-DIP-Signature-Certificate",
                Base64.getEncoder().encodeToString("not a pem".getBytes(StandardCharsets.UTF_8)));

        assertThat(reason(DipSignatureVerifier.verify("POST", URL, headers, BODY, SIGNING_CLOCK, SKEW)))
                .isEqualTo(Reason.BAD_CERTIFICATE);
    }

    @Test
    void rejects_an_expired_certificate() {
        Identity expired = TestCertificates.selfSigned("expired", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:00:00Z"));
        Map<String, String> headers = new DipSigner(expired.keys().getPrivate(), expired.certificate(), SIGNING_CLOCK)
                .sign("POST", URL, BODY).asMap();

        assertThat(reason(DipSignatureVerifier.verify("POST", URL, headers, BODY, SIGNING_CLOCK, SKEW)))
                .isEqualTo(Reason.BAD_CERTIFICATE);
    }

    @Test
    void accepts_a_certificate_pem_with_crlf_line_endings() {
        SignedHeaders signed = signer.sign("POST", URL, BODY);
        String crlfPem = Pem.write(SUPPLIER.certificate()).replace("\n", "\r\n");
        SignedHeaders crlf = new SignedHeaders(signed.signature(), signed.signatureDate(), signed.contentHash(),
                Base64.getEncoder().encodeToString(crlfPem.getBytes(StandardCharsets.UTF_8)));

        assertThat(DipSignatureVerifier.verify("POST", URL, crlf.asMap(), BODY, SIGNING_CLOCK, SKEW).isValid())
                .isTrue();
    }

    private static Reason reason(SignatureVerification result) {
        return result instanceof Invalid invalid ? invalid.reason() : null;
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
