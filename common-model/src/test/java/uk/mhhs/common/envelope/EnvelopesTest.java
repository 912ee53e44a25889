package uk.mhhs.common.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EnvelopesTest {

    private static final S0 S0_IF021 = new S0("IF-021", "011", "[ActivePower]");
    private static final S1 S1_SDS = new S1("SIT", null, "S-IF-021-1109012345-SDS-20220321-1a",
            "2022-03-21T19:05:00+00:00", "1109012345", "SDS", null, null);
    private static final M0 M0_K = new M0("2000056535971", "2509012345", "_K");

    @Test
    void writes_a_sender_message_with_exact_keys_explicit_nulls_and_no_absent_blocks() {
        ObjectNode custom = Envelopes.mapper().createObjectNode();
        custom.putObject("B044").put("issuingDataServiceDIPID", "1109012345");
        DipMessage message = new DipMessage(new Payload(
                new CommonBlock(S0_IF021, S1_SDS, A0.primary(List.of("2309050005")), M0_K, null, null, null),
                custom));

        String json = Envelopes.mapper().writeValueAsString(message);

        assertThat(json).isEqualTo("{\"payload\":{\"CommonBlock\":{"
                + "\"S0\":{\"interfaceID\":\"IF-021\",\"schemaVersion\":\"011\",\"eventCode\":\"[ActivePower]\"},"
                + "\"S1\":{\"environmentTag\":\"SIT\",\"subText\":null,"
                + "\"senderUniqueReference\":\"S-IF-021-1109012345-SDS-20220321-1a\","
                + "\"senderTimestamp\":\"2022-03-21T19:05:00+00:00\",\"senderDIPID\":\"1109012345\","
                + "\"senderRoleID\":\"SDS\",\"senderCorrelationID\":null,\"DIPConnectionProviderID\":null},"
                + "\"A0\":{\"primaryRecipients\":[\"2309050005\"],\"secondaryRecipients\":[],\"always\":[]},"
                + "\"M0\":{\"MPANCore\":\"2000056535971\",\"distributorDIPID\":\"2509012345\",\"GSPGroupID\":\"_K\"}},"
                + "\"CustomBlock\":{\"B044\":{\"issuingDataServiceDIPID\":\"1109012345\"}}}}");
    }

    @Test
    void writes_the_dip_block_with_a_null_service_ticket_and_the_response_block() {
        CommonBlock block = new CommonBlock(S0_IF021, S1_SDS, null, null,
                new M1("2000056535971", "2509012345", "_K"),
                new D0("T-IF-021-1", "2022-03-21T19:05:01+00:00", "PUB-021", null, true, null),
                new R0("R", List.of("ECS1010 - negative value")));

        String json = Envelopes.mapper().writeValueAsString(block);

        assertThat(json).isEqualTo("{\"S0\":{\"interfaceID\":\"IF-021\",\"schemaVersion\":\"011\","
                + "\"eventCode\":\"[ActivePower]\"},"
                + "\"S1\":{\"environmentTag\":\"SIT\",\"subText\":null,"
                + "\"senderUniqueReference\":\"S-IF-021-1109012345-SDS-20220321-1a\","
                + "\"senderTimestamp\":\"2022-03-21T19:05:00+00:00\",\"senderDIPID\":\"1109012345\","
                + "\"senderRoleID\":\"SDS\",\"senderCorrelationID\":null,\"DIPConnectionProviderID\":null},"
                + "\"M1\":{\"principalMPAN\":\"2000056535971\",\"distributorDIPID\":\"2509012345\","
                + "\"GSPGroupID\":\"_K\"},"
                + "\"D0\":{\"transactionID\":\"T-IF-021-1\",\"transactionTimestamp\":\"2022-03-21T19:05:01+00:00\","
                + "\"publicationID\":\"PUB-021\",\"initialCorrelationID\":null,\"replayIndicator\":true,"
                + "\"serviceTicketURL\":null},"
                + "\"R0\":{\"responseCode\":\"R\",\"responseMessages\":[\"ECS1010 - negative value\"]}}");
    }

    @Test
    void reads_an_if021_pub_message() throws IOException {
        List<DipMessage> messages = Envelopes.readMessages(resource("envelope/if-021-pub.json"));

        assertThat(messages).hasSize(1);
        CommonBlock block = messages.get(0).payload().commonBlock();
        assertThat(block.s0()).isEqualTo(S0_IF021);
        assertThat(block.s1()).isEqualTo(new S1("SIT", null, "S-IF-021-1109012345-SDS-20220321-12345687a1234567a",
                "2022-03-21T19:05:00+00:00", "1109012345", "SDS", "CI-20220321-0001", null));
        assertThat(block.a0()).isEqualTo(new A0(List.of("2309050005"), List.of("2509012345"),
                List.of("0000000001", "0000000002")));
        assertThat(block.m0()).isEqualTo(M0_K);
        assertThat(block.m1()).isNull();
        assertThat(block.d0()).isEqualTo(new D0("T-IF-021-1109012345-SDS-20220321-1234CC0123456789",
                "2022-03-21T19:05:01+00:00", "PUB-021", "CI-20220321-0001", false, null));
        assertThat(block.r0()).isNull();

        JsonNode b900 = messages.get(0).payload().customBlock().get("B900");
        JsonNode periods = b900.get("settlementDayConsumptionPeriods").get(0).get("consumptionPeriods");
        assertThat(b900.get("MQID").get("measurementQuantityID").asString()).isEqualTo("AI");
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).get("sp").asString()).isEqualTo("2022-03-21T00:30:00+00:00");
        assertThat(periods.get(1).get("v").asString()).isEqualTo("0.250");
        assertThat(periods.get(1).get("arc").isNull()).isTrue();
    }

    @Test
    void round_trips_the_if021_pub_message_to_the_same_json_tree() throws IOException {
        byte[] original = resource("envelope/if-021-pub.json");

        byte[] written = Envelopes.writeMessages(Envelopes.readMessages(original));

        assertThat(Envelopes.mapper().readTree(written)).isEqualTo(Envelopes.mapper().readTree(original));
    }

    @Test
    void reads_keys_ignoring_case_as_the_dip_does_on_ingress() {
        String json = "{\"payload\":{\"commonblock\":{\"s0\":{\"interfaceId\":\"IF-021\",\"schemaversion\":\"011\","
                + "\"eventCode\":\"[ActivePower]\"},\"S1\":{\"senderDIPId\":\"1109012345\","
                + "\"DIPConnectionProviderId\":\"1200000001\"},\"m0\":{\"MpanCore\":\"2000056535971\"}},"
                + "\"customBlock\":{\"B044\":{}}}}";

        DipMessage message = Envelopes.mapper().readValue(json, DipMessage.class);

        CommonBlock block = message.payload().commonBlock();
        assertThat(block.s0()).isEqualTo(S0_IF021);
        assertThat(block.s1().senderDIPID()).isEqualTo("1109012345");
        assertThat(block.s1().dipConnectionProviderID()).isEqualTo("1200000001");
        assertThat(block.m0().mpanCore()).isEqualTo("2000056535971");
        assertThat(message.payload().customBlock().has("B044")).isTrue();
    }

    @Test
    void keeps_custom_block_decimals_exact() {
        String json = "{\"payload\":{\"CommonBlock\":{},\"CustomBlock\":{\"x\":0.1,\"n\":30}}}";

        ObjectNode custom = Envelopes.mapper().readValue(json, DipMessage.class).payload().customBlock();

        assertThat(custom.get("x").decimalValue()).isEqualByComparingTo(new BigDecimal("0.1"));
        assertThat(custom.get("n").asInt()).isEqualTo(30);
    }

    @Test
    void writes_every_standard_response_key_even_when_null() {
        StandardResponse response = new StandardResponse(List.of(new StandardResponseBody(
                "T-IF-021-1", "S-IF-021-1109012345-SDS-20220321-1a", null, "2022-03-21T11:15:59+00:00",
                "0000000000", "1109012345", null, "MSG0000 - Success", null, null)),
                "2022-03-21T11:15:59+00:00");

        String json = Envelopes.mapper().writeValueAsString(response);

        assertThat(json).isEqualTo("{\"messageArray\":[{\"transactionID\":\"T-IF-021-1\","
                + "\"senderUniqueReference\":\"S-IF-021-1109012345-SDS-20220321-1a\",\"correlationID\":null,"
                + "\"sentTimestamp\":\"2022-03-21T11:15:59+00:00\",\"senderID\":\"0000000000\","
                + "\"recipientID\":\"1109012345\",\"DIPConnectionProviderID\":null,"
                + "\"message\":\"MSG0000 - Success\",\"help\":null,\"serviceTicketURL\":null}],"
                + "\"timestamp\":\"2022-03-21T11:15:59+00:00\"}");
        assertThat(Envelopes.mapper().readValue(json, StandardResponse.class)).isEqualTo(response);
    }

    @Test
    void a_sender_posts_empty_secondary_and_always_recipients() {
        assertThat(A0.primary(List.of("2309050005")))
                .isEqualTo(new A0(List.of("2309050005"), null, null));
    }

    @Test
    void the_dip_adds_d0_to_a_payload() {
        Payload posted = new Payload(new CommonBlock(S0_IF021, S1_SDS, null, M0_K, null, null, null), null);
        D0 d0 = new D0("T-1", "2022-03-21T19:05:01+00:00", "PUB-021", null, false, null);

        assertThat(posted.withD0(d0).commonBlock().d0()).isEqualTo(d0);
        assertThat(posted.commonBlock().d0()).isNull();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EnvelopesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
