package uk.mhhs.dipclient.testapp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.util.Set;

/**
 * The test service's one process: it takes IF-005 and IF-007, records its effect as a {@code handled_message} row
 * (consumer {@value #HANDLED}), then rejects every IF-007 with REG1026; its rejection response is a row of its own
 * (consumer {@value #REJECTION}), written after the dispatcher rolled the effect back.
 */
@Component
public class TestInboundHandler implements InboundHandler {

    public static final String HANDLED = "kit-handled";
    public static final String REJECTION = "kit-rejection";

    private final JdbcTemplate jdbc;

    public TestInboundHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-005", "IF-007");
    }

    @Override
    public void handle(Incoming message) {
        record(HANDLED, message);
        if (message.interfaceId().equals("IF-007")) {
            throw new Rejected("REG1026", "the test service rejects every IF-007");
        }
    }

    @Override
    public void rejected(Incoming message, Rejected rejection) {
        record(REJECTION + " " + rejection.code(), message);
    }

    private void record(String consumer, Incoming message) {
        jdbc.update("insert into handled_message (consumer, transaction_id, mpan) values (?, ?, ?)", consumer,
                message.transactionId(), message.mpanCore());
    }
}
