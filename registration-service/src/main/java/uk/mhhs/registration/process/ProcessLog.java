package uk.mhhs.registration.process;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The {@code process_message} log: every message the processes received (and its outcome) and sent. */
@Repository
public class ProcessLog {

    private final JdbcTemplate jdbc;

    public ProcessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void received(Incoming message, String status, List<String> codes, String detail) {
        jdbc.update("""
                        insert into process_message (direction, interface_id, event_code, mpan_core, reference,
                                                     counterparties, status, codes, detail)
                        values ('IN', ?, ?, ?, ?, ?, ?, ?, ?)""",
                message.interfaceId(), String.valueOf(message.eventCode()), message.mpanCore(),
                message.transactionId(), new String[] {String.valueOf(message.senderDipId())}, status,
                codes.toArray(String[]::new), detail);
    }

    public void sent(String interfaceId, String eventCode, String mpanCore, String reference,
                     List<String> recipients, List<String> codes) {
        jdbc.update("""
                        insert into process_message (direction, interface_id, event_code, mpan_core, reference,
                                                     counterparties, status, codes)
                        values ('OUT', ?, ?, ?, ?, ?, 'SENT', ?)""",
                interfaceId, eventCode, mpanCore, reference, recipients.toArray(String[]::new),
                codes.toArray(String[]::new));
    }
}
