package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.kafka.MalformedRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.Envelopes;

class PublicationParserTest {

    private static final String MPAN = "2000056535971";

    @Test
    void reads_the_fields_replay_filters_on_and_every_recipient_once_in_A0_order() {
        String tx = Pub021.newTransactionId();
        ObjectNode payload = Pub021.pub(tx, Instant.parse("2026-11-02T06:00:05Z"), MPAN,
                List.of("1111111111", "2222222222", "1111111111"));
        ((ObjectNode) payload.get("CommonBlock").get("A0")).putArray("secondaryRecipients").add("3333333333");

        Publication publication = PublicationParser.parse(Pub021.record(payload)).get(0);

        assertThat(publication.transactionId()).isEqualTo(tx);
        assertThat(publication.channel()).isEqualTo("IF-021");
        assertThat(publication.publicationId()).isEqualTo("PUB-021");
        assertThat(publication.eventCode()).isEqualTo("[ActivePower]");
        assertThat(publication.schemaVersion()).isEqualTo("011");
        assertThat(publication.mpanCore()).isEqualTo(MPAN);
        assertThat(publication.senderDipId()).isEqualTo(Pub021.SENDER);
        assertThat(publication.transactionTimestamp()).isEqualTo(Instant.parse("2026-11-02T06:00:05Z"));
        assertThat(publication.recipients()).containsExactly("1111111111", "3333333333", "2222222222");
        assertThat(Envelopes.mapper().readTree(publication.payloadJson())).isEqualTo(payload);
    }

    @Test
    void accepts_a_bare_payload_and_an_array_of_messages() {
        ObjectNode payload = Pub021.pub(Pub021.newTransactionId(), Instant.parse("2026-11-02T06:00:05Z"), MPAN,
                List.of("1111111111"));
        byte[] bare = Envelopes.mapper().writeValueAsBytes(payload);
        byte[] array = ("[" + new String(Pub021.record(payload), StandardCharsets.UTF_8) + ","
                + new String(Pub021.record(payload), StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);

        assertThat(PublicationParser.parse(bare)).hasSize(1);
        assertThat(PublicationParser.parse(array)).hasSize(2);
    }

    @Test
    void refuses_a_record_that_is_not_a_deliverable_PUB() {
        ObjectNode withoutD0 = Pub021.pub(Pub021.newTransactionId(), Instant.parse("2026-11-02T06:00:05Z"), MPAN,
                List.of("1111111111"));
        ((ObjectNode) withoutD0.get("CommonBlock")).remove("D0");
        ObjectNode badTimestamp = Pub021.pub(Pub021.newTransactionId(), Instant.parse("2026-11-02T06:00:05Z"), MPAN,
                List.of("1111111111"));
        ((ObjectNode) badTimestamp.at("/CommonBlock/D0")).put("transactionTimestamp", "2026-11-02T06:00:05Z");

        assertThatThrownBy(() -> PublicationParser.parse("not json".getBytes()))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> PublicationParser.parse(Pub021.record(withoutD0)))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("D0");
        assertThatThrownBy(() -> PublicationParser.parse(Pub021.record(badTimestamp)))
                .isInstanceOf(MalformedRecordException.class).hasMessageContaining("transactionTimestamp");
    }

    @Test
    void marks_a_payload_as_replayed_without_touching_anything_else() {
        ObjectNode payload = Pub021.pub(Pub021.newTransactionId(), Instant.parse("2026-11-02T06:00:05Z"), MPAN,
                List.of("1111111111"));

        var replayed = Envelopes.mapper().readTree(EgressBodies.replayed(Envelopes.mapper().writeValueAsString(payload)));

        ((ObjectNode) payload.at("/CommonBlock/D0")).put("replayIndicator", true);
        assertThat(replayed).isEqualTo(payload);
    }
}
