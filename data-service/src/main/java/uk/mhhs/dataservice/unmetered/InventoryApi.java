package uk.mhhs.dataservice.unmetered;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dataservice.mpan.MpanFactStore;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * {@code PUT /data-service/v1/unmetered/{mpan}/inventory} (the UMSO's summary, operator token): body
 * {@code {"effectiveFrom": "2026-12-01", "items": [...]}} ({@link Inventories} gives an item's form). Refused (400,
 * nothing stored) unless the MPAN's Data Service on that date is us as UMSDS and every item reads; stored, it applies
 * from that date and the MPAN's completed days from then on are queued for re-processing.
 */
@RestController
class InventoryApi {

    private final JdbcTemplate jdbc;
    private final MpanFactStore facts;
    private final Clock clock;

    InventoryApi(JdbcTemplate jdbc, MpanFactStore facts, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.clock = clock.withZone(ZoneOffset.UTC);
    }

    @PutMapping("/data-service/v1/unmetered/{mpan}/inventory")
    @Transactional
    ResponseEntity<?> put(@PathVariable String mpan, @RequestBody JsonNode body) {
        if (!MpanCore.isValid(mpan)) {
            return bad("MPAN core " + mpan + " is not valid");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(body.path("effectiveFrom").asString(""));
        } catch (RuntimeException e) {
            return bad("effectiveFrom must be a date like 2026-12-01: " + body.path("effectiveFrom"));
        }
        var appointment = facts.appointmentOn(Long.parseLong(mpan), from);
        if (appointment.isEmpty() || !"UMSDS".equals(appointment.get().role())) {
            return bad("not the appointed unmetered Data Service (UMSDS) of MPAN " + mpan + " on " + from);
        }
        try {
            Inventories.parse(body.path("items"));
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
        jdbc.update("""
                insert into unmetered_inventory (mpan_core, effective_from, items) values (?, ?, ?::jsonb)
                on conflict (mpan_core, effective_from) do update set items = excluded.items, received_at = now()""",
                Long.parseLong(mpan), Date.valueOf(from), JsonMapper.shared().writeValueAsString(body.path("items")));
        int queued = jdbc.update("""
                insert into pending_day (mpan_core, settlement_date)
                select ?, d::date from generate_series(?::date, ?::date, interval '1 day') d
                on conflict do nothing""", Long.parseLong(mpan), Date.valueOf(from),
                Date.valueOf(LocalDate.now(clock).minusDays(1)));
        return ResponseEntity.ok(Map.of("mpan", mpan, "effectiveFrom", from.toString(), "daysQueued", queued));
    }

    private static ResponseEntity<?> bad(String reason) {
        return ResponseEntity.badRequest().body(Map.of("error", reason));
    }
}
