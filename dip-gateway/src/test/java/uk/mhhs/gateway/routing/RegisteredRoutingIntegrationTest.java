package uk.mhhs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.dipclient.registration.PartyHistory;
import uk.mhhs.dipclient.registration.PartyHistory.Row;
import uk.mhhs.dipclient.registration.RegistrationPartiesCache;
import uk.mhhs.gateway.delivery.DeliveryRows;
import uk.mhhs.gateway.delivery.DeliveryTestBase;
import uk.mhhs.gateway.delivery.TestParticipants;
import uk.mhhs.testsupport.dip.If021Message;

/**
 * Secondary routing from the register, end to end in the shared gateway context (source {@code registration}, the
 * default): the registration service's record for a fresh MPAN is on {@code registration.parties} (the supplier
 * changed from an old one on 2024-01-01; a DS appointed), an SDS posts an IF-021 for the MPAN, and the PUB is
 * delivered to the supplier of today's register and the distributor as secondary recipients; not to the old
 * supplier, and not to the DS (IF-021 does not go to DSs).
 */
class RegisteredRoutingIntegrationTest extends DeliveryTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired RegistrationPartiesCache registrationParties;

    @Test
    void a_message_for_a_registered_MPAN_is_delivered_to_its_supplier_as_secondary_recipient() throws Exception {
        TestParticipants.Caller supplier = participants.register("SUP");
        TestParticipants.Caller oldSupplier = participants.register("SUP");
        TestParticipants.Caller dataService = participants.register("SDS");
        TestParticipants.Caller distributor = participants.register("LDSO");
        TestParticipants.Caller sender = participants.register("SDS");
        var pubconfig = supplier.post("/dip-channel/IF-021/pubconfig/" + supplier.dipId(),
                "{\"callbackURL\":\"" + webhook.url("/hooks/registered") + "\"}");
        assertThat(pubconfig.statusCode()).as(pubconfig.body()).isEqualTo(201);
        String mpan = RegistrationPartiesTopic.newMpan();
        PartyHistory history = new PartyHistory(mpan,
                List.of(row("2020-01-01", oldSupplier), row("2024-01-01", supplier)), List.of(),
                List.of(row("2024-01-01", dataService)));

        RegistrationPartiesTopic.create(topics);
        publisher.send(topics.registrationParties(), mpan, history.toJson());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        await().atMost(WAIT).until(() -> registrationParties.partiesOn(mpan, today).supplier() != null);

        If021Message message = If021Message.from(sender.dipId()).mpanCore(mpan).distributorDipId(distributor.dipId());
        var response = sender.post("/dip-channel/IF-021", message.toBatchJson());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String transactionId = Envelopes.mapper().readTree(response.body()).get("messageArray").get(0)
                .get("transactionID").stringValue();
        await().atMost(WAIT).until(() -> rows.pub(transactionId, supplier.dipId())
                .map(DeliveryRows.Row::state).orElse("").equals("DELIVERED"));
        JsonNode delivered = Envelopes.mapper().readTree(webhook.received().get(0).body());
        JsonNode a0 = delivered.get(0).get("payload").get("CommonBlock").get("A0");
        assertThat(a0.get("secondaryRecipients").toString())
                .isEqualTo("[\"" + distributor.dipId() + "\",\"" + supplier.dipId() + "\"]");
        assertThat(rows.pub(transactionId, distributor.dipId())).isPresent();
        assertThat(rows.pub(transactionId, oldSupplier.dipId())).isEmpty();
        assertThat(rows.pub(transactionId, dataService.dipId())).isEmpty();
    }



    private static Row row(String from, TestParticipants.Caller party) {
        return new Row(LocalDate.parse(from), party.dipId(), "P" + party.dipId().substring(7));
    }
}
