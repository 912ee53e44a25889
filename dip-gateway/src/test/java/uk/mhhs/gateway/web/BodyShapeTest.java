package uk.mhhs.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.gateway.delivery.DeliveryTestBase;
import uk.mhhs.gateway.delivery.TestParticipants;

/**
 * The participant-facing endpoints that take a JSON body answer an empty body with 400 and a body not declared
 * {@code application/json} with 415, both MSG1001, as {@code POST /dip-channel/{id}} does: the client's mistake,
 * not a signature failure (403) and not accepted.
 */
class BodyShapeTest extends DeliveryTestBase {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** An endpoint, what it takes (as the refusal names it) and a body of the right JSON shape. */
    private record Endpoint(String path, String takes, String json) {
    }

    private List<Endpoint> endpoints(String recipient) {
        return List.of(
                new Endpoint("/dip-channel/IF-021/pubconfig/" + recipient, "a WebhookConfig", "{}"),
                new Endpoint("/dip-channel/IF-021/replay/" + recipient, "a MessageRequest", "{}"),
                new Endpoint("/dip-channel/IF-021/requeue/" + recipient, "a MessageRequest", "{}"),
                new Endpoint("/statusmessage", "a StandardResponseArray", "[]"),
                new Endpoint("/statusmessage/config/" + recipient, "a WebhookConfig", "{}"),
                new Endpoint("/validate/IF-021/CONSUMPTION", "a JSON array of messages", "[]"));
    }

    @Test
    void answers_an_empty_unsigned_body_with_400_MSG1001_not_as_a_signature_failure() throws Exception {
        TestParticipants.Caller recipient = participants.register("SUP");
        for (Endpoint endpoint : endpoints(recipient.dipId())) {
            // Given the API key and nothing else: no body, no signature
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(recipient.baseUrl()
                            + endpoint.path())).header("X-API-Key", recipient.apiKey())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(endpoint.path() + ": " + response.body()).isEqualTo(400);
            // As every refusal of these endpoints: the code in message, the reason in help
            JsonNode entry = Envelopes.mapper().readTree(response.body()).get("messageArray").get(0);
            assertThat(entry.get("message").stringValue()).as(endpoint.path()).isEqualTo("MSG1001 - Schema Failure");
            assertThat(entry.get("help").stringValue()).as(endpoint.path())
                    .isEqualTo("the request has no body; " + endpoint.takes() + " is required");
            assertThat(entry.get("recipientID").stringValue()).isEqualTo(recipient.dipId());
        }
    }

    @Test
    void answers_a_signed_body_that_is_not_application_json_with_415_MSG1001() throws Exception {
        TestParticipants.Caller recipient = participants.register("SUP");
        for (Endpoint endpoint : endpoints(recipient.dipId())) {
            HttpResponse<String> response = recipient.send("POST", endpoint.path(), endpoint.json(), "text/plain");

            assertThat(response.statusCode()).as(endpoint.path() + ": " + response.body()).isEqualTo(415);
            JsonNode entry = Envelopes.mapper().readTree(response.body()).get("messageArray").get(0);
            assertThat(entry.get("message").stringValue()).as(endpoint.path()).isEqualTo("MSG1001 - Schema Failure");
            assertThat(entry.get("help").stringValue()).as(endpoint.path())
                    .isEqualTo("Content-Type text/plain is not supported; send application/json");
        }
        assertThat(jdbc.queryForObject("select count(*) from dip.webhook where recipient_id = ?", Integer.class,
                recipient.dipId())).isZero();
    }

    @Test
    void accepts_application_json_with_a_charset() {
        TestParticipants.Caller recipient = participants.register("SUP");

        HttpResponse<String> response = recipient.send("POST", "/dip-channel/IF-021/replay/" + recipient.dipId(),
                "{}", "application/json; charset=UTF-8");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }
}
