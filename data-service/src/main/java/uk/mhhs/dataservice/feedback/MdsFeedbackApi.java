package uk.mhhs.dataservice.feedback;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /data-service/v1/mds-feedback[?mpan=][&limit=]} (operators): the latest IF-013 / IF-014 received, newest
 * first: transaction, interface, event, MPAN, settlement date, response code and messages.
 */
@RestController
class MdsFeedbackApi {

    private final JdbcTemplate jdbc;

    MdsFeedbackApi(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/data-service/v1/mds-feedback")
    ResponseEntity<?> list(@RequestParam(required = false) String mpan,
                           @RequestParam(defaultValue = "100") int limit) {
        if (mpan != null && !mpan.matches("\\d{13}")) {
            return ResponseEntity.badRequest().body(Map.of("error", "mpan must be 13 digits: " + mpan));
        }
        int rows = Math.max(1, Math.min(limit, 1000));
        List<Map<String, Object>> feedback = jdbc.query("""
                        select transaction_id, interface_id, event_code, mpan_core, settlement_date, response_code,
                               messages, received_at
                          from mds_feedback where (?::bigint is null or mpan_core = ?::bigint)
                         order by received_at desc limit ?""",
                (rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("transactionId", rs.getString(1));
                    row.put("interfaceId", rs.getString(2));
                    row.put("eventCode", rs.getString(3));
                    long core = rs.getLong(4);
                    row.put("mpan", rs.wasNull() ? null : String.format("%013d", core));
                    row.put("settlementDate", rs.getString(5));
                    row.put("responseCode", rs.getString(6));
                    row.put("messages", Arrays.asList((Object[]) rs.getArray(7).getArray()));
                    row.put("receivedAt", rs.getTimestamp(8).toInstant().toString());
                    return row;
                }, mpan, mpan, rows);
        return ResponseEntity.ok(Map.of("feedback", feedback));
    }
}
