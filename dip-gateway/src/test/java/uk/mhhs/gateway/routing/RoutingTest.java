package uk.mhhs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.dip.If021Message;

class RoutingTest {

    private static final InterfaceDefinition IF021 = InterfaceCatalogue.standard().find("IF-021").orElseThrow();
    private static final Instant NOW = Instant.parse("2026-11-02T06:00:01Z");

    private final InMemoryParticipants registry = new InMemoryParticipants()
            .with("9900000004", "LSS").with("9900000005", "MDS").with("9900000015", "MDS")
            .with("2300000001", "LDSO").with("1400000001", "SUP");
    private final RoutingProperties properties = new RoutingProperties(Map.of("[if-021]", List.of("LSS", "MDS")),
            new RoutingProperties.Secondary(true, Map.of("2000056535971", List.of("1400000001", "0000000000"))));
    private final Routing routing = new Routing(properties,
            new ConfiguredSecondaryRecipients(properties.secondary(), registry, java.time.Clock.systemUTC()),
            registry, new TransactionIds(), new DipTopics("t."), Envelopes.mapper());

    @Test
    void adds_D0_and_fills_A0_from_sender_registration_stand_in_and_role_configuration() {
        JsonNode payload = Envelopes.mapper().readTree(If021Message.from("9900000003").primaryRecipients(
                List.of("1400000009")).correlationId("CI-1").toPayloadJson());

        Publication publication = routing.route(new RoutingRequest(IF021, "[ActivePower]", "9900000003", "SDS",
                "2000056535971", "2300000001", List.of("1400000009")), payload, "CI-1", NOW);

        JsonNode common = Envelopes.mapper().readTree(publication.value()).get("payload").get("CommonBlock");
        assertThat(common.propertyNames()).containsExactly("S0", "S1", "A0", "M0", "D0");
        assertThat(common.get("A0").toString()).isEqualTo("{\"primaryRecipients\":[\"1400000009\"],"
                + "\"secondaryRecipients\":[\"2300000001\",\"1400000001\"],"
                + "\"always\":[\"9900000004\",\"9900000005\",\"9900000015\"]}");
        assertThat(common.get("D0").toString()).isEqualTo("{\"transactionID\":\"" + publication.transactionId()
                + "\",\"transactionTimestamp\":\"2026-11-02T06:00:01+00:00\",\"publicationID\":\"PUB-021\","
                + "\"initialCorrelationID\":\"CI-1\",\"replayIndicator\":false,\"serviceTicketURL\":null}");
        assertThat(publication.topic()).isEqualTo("t.dip.pub.021");
        assertThat(publication.key()).isEqualTo("2000056535971");
        assertThat(publication.recipients()).containsExactly("1400000009", "2300000001", "1400000001", "9900000004",
                "9900000005", "9900000015");
        assertThat(publication.headers()).containsEntry(Routing.HEADER_TRANSACTION_ID, publication.transactionId())
                .containsEntry(Routing.HEADER_PUBLICATION_ID, "PUB-021");
    }

    @Test
    void leaves_out_a_distributor_that_is_not_a_registered_LDSO() {
        RoutingRequest request = new RoutingRequest(IF021, "[ActivePower]", "9900000003", "SDS", "1900012374324",
                "1400000001", List.of());
        assertThat(new ConfiguredSecondaryRecipients(properties.secondary(), registry, java.time.Clock.systemUTC())
                .secondaryRecipients(request)).isEmpty();
    }
}
