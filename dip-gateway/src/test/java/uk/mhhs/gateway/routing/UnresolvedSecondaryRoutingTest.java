package uk.mhhs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.registration.PartyHistory;
import uk.mhhs.dipclient.registration.PartyHistory.Row;
import uk.mhhs.dipclient.registration.RegistrationPartiesCache;
import uk.mhhs.gateway.delivery.StrictGatewayTest;
import uk.mhhs.gateway.delivery.TestParticipants;
import uk.mhhs.gateway.delivery.TestPublisher;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;
import uk.mhhs.testsupport.dip.If021Message;

/**
 * MSG1038 end to end, with {@code mhhs.gateway.routing.secondary.reject-unresolved} on ({@link StrictGatewayTest}):
 * an SDS posts IF-021 (which goes to the MPAN's supplier, a kind only registration names) naming no primary
 * recipient. For an MPAN the register does not hold the batch is rejected whole and nothing is accepted; the same
 * message naming its supplier as primary recipient is accepted, as is one for an MPAN whose supplier the register
 * holds.
 */
@StrictGatewayTest
class UnresolvedSecondaryRoutingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired ParticipantStore store;
    @Autowired ParticipantRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired DipTopics topics;
    @Autowired RegistrationPartiesCache registrationParties;
    @LocalServerPort int port;

    @Test
    void rejects_a_message_whose_supplier_registration_cannot_name_with_MSG1038() throws Exception {
        var participants = new TestParticipants(store, registry, port);
        var sender = participants.register("SDS");
        var supplier = participants.register("SUP");
        var distributor = participants.register("LDSO");
        String unknownMpan = RegistrationPartiesTopic.newMpan();
        String registeredMpan = RegistrationPartiesTopic.newMpan();
        registerSupplier(registeredMpan, supplier.dipId());

        var unresolved = sender.post("/dip-channel/IF-021", If021Message.batchOf(
                If021Message.from(sender.dipId()).mpanCore(registeredMpan).distributorDipId(distributor.dipId()),
                If021Message.from(sender.dipId()).mpanCore(unknownMpan).distributorDipId(distributor.dipId())));

        assertThat(unresolved.statusCode()).as(unresolved.body()).isEqualTo(400);
        JsonNode entries = Envelopes.mapper().readTree(unresolved.body()).get("messageArray");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("message").stringValue())
                .startsWith("MSG1038 - Cannot Resolve Secondary Recipient(s) for MPAN/Party/Event Combination");
        assertThat(entries.get(0).get("help").stringValue()).isEqualTo("message 2 of 2: Expected MPAN " + unknownMpan
                + " to have on " + LocalDate.now(ZoneId.of("Europe/London")) + " a registered SUP for IF-021 "
                + "[ActivePower] that is a DIP participant holding the role, but registration has none, and the "
                + "message names no primary recipient.");
        assertThat(accepted(sender.dipId())).isZero();

        var addressed = sender.post("/dip-channel/IF-021", If021Message.from(sender.dipId()).mpanCore(unknownMpan)
                .distributorDipId(distributor.dipId()).primaryRecipients(List.of(supplier.dipId())).toBatchJson());
        var registered = sender.post("/dip-channel/IF-021", If021Message.from(sender.dipId())
                .mpanCore(registeredMpan).distributorDipId(distributor.dipId()).toBatchJson());

        assertThat(addressed.statusCode()).as(addressed.body()).isEqualTo(201);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(accepted(sender.dipId())).isEqualTo(2);
    }

    private int accepted(String senderDipId) {
        return jdbc.queryForObject("select count(*) from dip.accepted_message where sender_dip_id = ?", Integer.class,
                senderDipId);
    }

    private void registerSupplier(String mpan, String supplierDipId) throws Exception {
        RegistrationPartiesTopic.create(topics);
        PartyHistory history = new PartyHistory(mpan, List.of(new Row(LocalDate.parse("2024-01-01"), supplierDipId,
                "SUPA")), List.of(), List.of());
        try (TestPublisher publisher = new TestPublisher()) {
            publisher.send(topics.registrationParties(), mpan, history.toJson());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        await().atMost(WAIT).until(() -> registrationParties.partiesOn(mpan, today).supplier() != null);
    }

}
