package uk.mhhs.dipclient.process;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.util.List;

/**
 * The {@code process_message} log (dip-client's table in the service's schema): every message the processes
 * received, with its outcome and codes, and every message they sent, with its reference and recipients.
 */
public class ProcessLog {

    /** The outcome recorded for a message. */
    public enum Status { ACCEPTED, REJECTED, SENT }

    private final JdbcTemplate jdbc;
    private final String insertIn;
    private final String insertOut;

    public ProcessLog(DataSource dataSource, DipClientSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        String table = schema.table("process_message");
        this.insertIn = "insert into " + table + " (direction, interface_id, event_code, mpan_core, reference,"
                + " counterparties, status, codes, detail) values ('IN', ?, ?, ?, ?, ?, ?, ?, ?)";
        this.insertOut = "insert into " + table + " (direction, interface_id, event_code, mpan_core, reference,"
                + " counterparties, status, codes) values ('OUT', ?, ?, ?, ?, ?, 'SENT', ?)";
    }

    public void received(Incoming message, Status status, List<String> codes, String detail) {
        jdbc.update(insertIn, message.interfaceId(), String.valueOf(message.eventCode()), message.mpanCore(),
                message.transactionId(), new String[] {String.valueOf(message.senderDipId())}, status.name(),
                codes.toArray(String[]::new), detail);
    }

    public void sent(String interfaceId, String eventCode, String mpanCore, String reference,
                     List<String> recipients, List<String> codes) {
        jdbc.update(insertOut, interfaceId, eventCode, mpanCore, reference, recipients.toArray(String[]::new),
                codes.toArray(String[]::new));
    }

    /** One message sent, for {@link #sentAll}. */
    public record Sent(String interfaceId, String eventCode, String mpanCore, String reference,
                       List<String> recipients, List<String> codes) {
    }

    /** Logs many sent messages in one batch. */
    public void sentAll(List<Sent> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(insertOut, messages, 1000, (ps, m) -> {
            ps.setString(1, m.interfaceId());
            ps.setString(2, m.eventCode());
            ps.setString(3, m.mpanCore());
            ps.setString(4, m.reference());
            ps.setArray(5, ps.getConnection().createArrayOf("text", m.recipients().toArray()));
            ps.setArray(6, ps.getConnection().createArrayOf("text", m.codes().toArray()));
        });
    }
}
