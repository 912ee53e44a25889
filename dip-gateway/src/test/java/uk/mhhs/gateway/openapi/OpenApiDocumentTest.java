package uk.mhhs.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;

@GatewayIntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void serves_an_openapi_3_document_listing_exactly_the_DIP_api_endpoints_the_gateway_maps() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        Map<String, Object> document = new Yaml().load(response.body());
        assertThat(document.get("openapi")).isEqualTo("3.0.3");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");

        assertThat(documented(paths)).isEqualTo(mapped());
    }

    @Test
    @SuppressWarnings("unchecked")
    void documents_the_body_refusals_of_every_operation_that_reads_a_body() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>)
                new Yaml().<Map<String, Object>>load(response.body()).get("paths");

        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            Set<Object> codes = ((Map<Object, Object>) operation.get("responses")).keySet();
            if (method.equals("post")) {
                // empty (400), too large (413), not application/json (415)
                assertThat(codes).as("POST " + path).contains("400", "413", "415");
            } else if (method.equals("delete")) {
                assertThat(codes).as("DELETE " + path).contains("413");
            }
        }));
    }

    /** "POST /dip-channel/{id}" for every operation of the document. */
    private static Set<String> documented(Map<String, Map<String, Object>> paths) {
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().forEach(method -> operations.add(method.toUpperCase() + " "
                + path)));
        return operations;
    }

    /** The same for every handler of the DIP API (admin and actuator endpoints are not part of it). */
    private Set<String> mapped() {
        Set<String> operations = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/admin") || pattern.startsWith("/error")) {
                    continue;
                }
                // "/{channel:(?i)dip-channel}/{id}" matches dip-channel in any case: documented as /dip-channel/{id}
                String path = pattern.replaceAll("\\{[^:}]+:\\(\\?i\\)([^}]+)}", "$1");
                info.getMethodsCondition().getMethods().forEach(method -> operations.add(method.name() + " " + path));
            }
        }
        return operations;
    }
}
