package uk.mhhs.common.signature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four signature headers of one request.
 *
 * @param signature {@value DipSignature#SIGNATURE_HEADER}
 * @param signatureDate {@value DipSignature#SIGNATURE_DATE_HEADER}
 * @param contentHash {@value DipSignature#CONTENT_HASH_HEADER}
 * @param certificate {@value DipSignature#SIGNATURE_CERTIFICATE_HEADER}
 */
public record SignedHeaders(String signature, String signatureDate, String contentHash, String certificate) {

    /**
     * @return header name to value, in a stable order, ready to add to a request
     */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DipSignature.SIGNATURE_HEADER, signature);
        headers.put(DipSignature.SIGNATURE_DATE_HEADER, signatureDate);
        headers.put(DipSignature.CONTENT_HASH_HEADER, contentHash);
        headers.put(DipSignature.SIGNATURE_CERTIFICATE_HEADER, certificate);
        return Collections.unmodifiableMap(headers);
    }
}
