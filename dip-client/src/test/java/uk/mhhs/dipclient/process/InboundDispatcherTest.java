package uk.mhhs.dipclient.process;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import uk.mhhs.dipclient.testapp.TestInboundHandler;
import uk.mhhs.testsupport.RealServers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configured dispatcher with the test service's {@link TestInboundHandler} (IF-005 accepted, IF-007
 * rejected with REG1026), each message dispatched in a transaction of its own as the inbox would.
 */
@SpringBootTest
@RealServers(database = "dip_client_it")
class InboundDispatcherTest {

    private static final String MPAN = "2000056535971";

    @Autowired
    InboundDispatcher dispatcher;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takes_the_interfaces_of_the_handler_beans() {
        assertThat(dispatcher.interfaces()).containsExactlyInAnyOrder("IF-005", "IF-007");
    }

    @Test
    void an_accepted_message_commits_the_handlers_writes_and_is_logged_ACCEPTED() {
        String transactionId = dispatchInTransaction("IF-005");

        assertThat(consumersOf(transactionId)).containsExactly(TestInboundHandler.HANDLED);
        assertThat(logged(transactionId)).containsEntry("status", "ACCEPTED").containsEntry("codes", "{}")
                .containsEntry("counterparties", "{1400000001}").containsEntry("mpan_core", MPAN)
                .containsEntry("event_code", "[Test]");
    }

    @Test
    void a_rejected_message_leaves_none_of_the_handlers_writes_but_its_rejection_response_and_is_logged_REJECTED() {
        String transactionId = dispatchInTransaction("IF-007");

        assertThat(consumersOf(transactionId)).as("the handler's row rolled back to the savepoint; the response kept")
                .containsExactly(TestInboundHandler.REJECTION + " REG1026");
        assertThat(logged(transactionId)).containsEntry("status", "REJECTED").containsEntry("codes", "{REG1026}")
                .containsEntry("detail", "the test service rejects every IF-007");
    }

    @Test
    void a_message_of_an_interface_no_handler_takes_is_logged_REJECTED_without_a_code() {
        String transactionId = dispatchInTransaction("IF-099");

        assertThat(consumersOf(transactionId)).isEmpty();
        assertThat(logged(transactionId)).containsEntry("status", "REJECTED").containsEntry("codes", "{}")
                .containsEntry("detail", "no process of this service handles IF-099");
    }

    private String dispatchInTransaction(String interfaceId) {
        String transactionId = "T-" + UUID.randomUUID();
        Incoming message = new Incoming(transactionId, interfaceId, "[Test]", MPAN, "1400000001", "SUP",
                MissingNode.getInstance(), JsonMapper.shared().createObjectNode());
        transaction.executeWithoutResult(status -> dispatcher.dispatch(message));
        return transactionId;
    }

    private List<String> consumersOf(String transactionId) {
        return jdbc.queryForList("select consumer from handled_message where transaction_id = ? order by handled_at",
                String.class, transactionId);
    }

    private Map<String, Object> logged(String transactionId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select direction, status, codes::text as codes, counterparties::text as counterparties, detail,
                       mpan_core, event_code from process_message where reference = ?""", transactionId);
        assertThat(rows).as("one log row").hasSize(1);
        assertThat(rows.get(0)).containsEntry("direction", "IN");
        return rows.get(0);
    }
}
