package uk.mhhs.gateway.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.gateway.delivery.TestParticipants;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;
import uk.mhhs.testsupport.dip.If021Message;

@GatewayIntegrationTest
class ValidateEndpointTest {

    private static final String PERIODS = "$.payload.CustomBlock.B900.settlementDayConsumptionPeriods[0]"
            + ".consumptionPeriods";

    @Autowired ParticipantStore participantStore;
    @Autowired ParticipantRegistry participantRegistry;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    TestParticipants.Caller caller;

    @BeforeEach
    void setUp() {
        caller = new TestParticipants(participantStore, participantRegistry, port).register("SDS");
    }

    @Test
    void answers_MSG0000_for_a_valid_IF_021_and_stores_nothing() {
        long archivedBefore = rows("dip.ingress_archive");
        long publishedBefore = rows("dip.publication");

        JsonNode response = validate("/validate/IF-021/ActivePower", If021Message.from(caller.dipId()).toBatchJson());

        assertThat(response.at("/messageArray").size()).isEqualTo(1);
        assertThat(response.at("/messageArray/0/message").asString()).isEqualTo("MSG0000 - Success");
        assertThat(response.at("/messageArray/0/recipientID").asString()).isEqualTo(caller.dipId());
        assertThat(rows("dip.ingress_archive")).isEqualTo(archivedBefore);
        assertThat(rows("dip.publication")).isEqualTo(publishedBefore);
    }

    @Test
    void answers_MSG1001_with_the_path_of_a_broken_value() {
        JsonNode response = validate("/validate/IF-021/ActivePower",
                If021Message.from(caller.dipId()).periodValue(3, "1.5").toBatchJson());

        JsonNode entry = response.at("/messageArray/0");
        assertThat(entry.get("message").asString()).startsWith("MSG1001 - Schema Failure: " + PERIODS + "[3].v");
        assertThat(entry.get("help").asString()).startsWith(PERIODS + "[3].v: ").contains("\"1.5\"");
    }

    @Test
    void answers_RCP1003_when_the_message_carries_another_event_than_the_path() {
        JsonNode response = validate("/validate/IF-021/ReactivePower", If021Message.from(caller.dipId())
                .toBatchJson());

        assertThat(response.at("/messageArray/0/message").asString())
                .startsWith("RCP1003 - Event Code Invalid, Unexpected or Missing: $.payload.CommonBlock.S0.eventCode");
    }

    @Test
    void needs_a_known_api_key() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/validate/IF-021/ActivePower"))
                .header("Content-Type", "application/json").header("X-API-Key", "nobody")
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private JsonNode validate(String path, String body) {
        HttpResponse<String> response = caller.post(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Envelopes.mapper().readTree(response.body());
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
