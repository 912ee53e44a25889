package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.common.signature.DipSignature;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.testsupport.dip.If021Message;

/**
 * The rows a single-message post leaves, now that its archive row, accepted-message row and outbox record are
 * written by one statement: the same rows, tied together, as the acceptance transaction writes; and a reused
 * reference, which fails that statement, leaves nothing of it (only the rejection's own archive row).
 */
@GatewayIntegrationTest
class SingleMessageAcceptanceTest {

    private static final String MPAN = "2000056535971";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private IngressFixture.Sender sender;
    private String distributor;

    @BeforeEach
    void onboard() {
        IngressFixture fixture = new IngressFixture(port);
        sender = fixture.onboardSender("SDS");
        distributor = fixture.onboard("LDSO");
    }

    @Test
    void stores_the_archive_row_and_the_accepted_message_of_a_single_message_post_tied_together() {
        If021Message message = If021Message.from(sender.dipId()).mpanCore(MPAN).distributorDipId(distributor);
        String json = If021Message.batchOf(message);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = IngressFixture.send(sender.requests().post("IF-021", json));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String transactionId = IngressFixture.json(response.body()).get("messageArray").get(0).get("transactionID")
                .stringValue();
        Map<String, Object> accepted = jdbc.queryForMap("select * from dip.accepted_message where transaction_id = ?",
                transactionId);
        Map<String, Object> archived = jdbc.queryForMap("select * from dip.ingress_archive where id = ?",
                accepted.get("ingress_archive_id"));
        assertThat(archived.get("outcome_status")).isEqualTo(201);
        assertThat(strings(archived.get("outcome_codes"))).containsExactly("MSG0000");
        assertThat(strings(archived.get("transaction_ids"))).containsExactly(transactionId);
        assertThat(archived.get("source")).isEqualTo("HTTP");
        assertThat(archived.get("authenticated_dip_id")).isEqualTo(sender.dipId());
        assertThat((byte[]) archived.get("body")).isEqualTo(body);
        assertThat(archived.get("completed_at")).isNotNull();
        assertThat(accepted.get("sender_unique_reference")).isEqualTo(message.senderUniqueReference());
        assertThat(accepted.get("sender_dip_id")).isEqualTo(sender.dipId());
        assertThat(accepted.get("interface_id")).isEqualTo("IF-021");
        assertThat(accepted.get("publication_id")).isEqualTo("PUB-021");
        assertThat(accepted.get("mpan_core")).isEqualTo(MPAN);
        assertThat(accepted.get("submission_sha256")).isEqualTo(DipSignature.contentHash(body));
        assertThat(strings(accepted.get("recipients"))).contains(distributor);
    }

    @Test
    void leaves_nothing_of_a_reused_reference_but_its_rejection() {
        If021Message first = If021Message.from(sender.dipId()).mpanCore(MPAN).distributorDipId(distributor);
        assertThat(IngressFixture.send(sender.requests().post("IF-021", If021Message.batchOf(first))).statusCode())
                .isEqualTo(201);
        If021Message again = If021Message.from(sender.dipId()).mpanCore(MPAN).distributorDipId(distributor)
                .senderUniqueReference(first.senderUniqueReference());

        HttpResponse<String> response = IngressFixture.send(sender.requests().post("IF-021",
                If021Message.batchOf(again)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("MSG1006");
        // two requests, two archive rows: the accepted first (201) and the rejected second (400, MSG1006)
        List<Map<String, Object>> rows = jdbc.queryForList("select outcome_status, outcome_codes from "
                + "dip.ingress_archive where authenticated_dip_id = ? order by id", sender.dipId());
        assertThat(rows).extracting(row -> row.get("outcome_status")).containsExactly(201, 400);
        assertThat(strings(rows.get(1).get("outcome_codes"))).containsExactly("MSG1006");
        assertThat(jdbc.queryForObject("select count(*) from dip.accepted_message where sender_dip_id = ?",
                Integer.class, sender.dipId())).isEqualTo(1);
    }

    private static List<String> strings(Object sqlArray) {
        try {
            return Arrays.stream((Object[]) ((java.sql.Array) sqlArray).getArray()).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
