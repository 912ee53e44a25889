package uk.mhhs.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /openapi.yaml}: the gateway's own OpenAPI 3 document (hand-written, in
 * {@code openapi/dip-gateway.yaml}), listing the endpoints it implements and how it answers.
 */
@RestController
class OpenApiController {

    static final String DOCUMENT = "openapi/dip-gateway.yaml";
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final byte[] document;

    OpenApiController() {
        try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }

    @GetMapping("/openapi.yaml")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(YAML).body(document);
    }
}
