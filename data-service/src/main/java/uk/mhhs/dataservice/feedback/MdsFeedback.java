package uk.mhhs.dataservice.feedback;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.listener.PubMessage;
import uk.mhhs.dipclient.process.Incoming;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What MDS tells us of the data we sent: IF-014 rejections ([ActivePowerRejected], R0 R) and warnings
 * ([ConsumptionOnDeEnergisedMPAN], R0 W), IF-013 defaults applied in a run. Each is recorded in {@code mds_feedback}
 * (listed by {@code GET /data-service/v1/mds-feedback}) and counted in {@code ds.mds_feedback} by interface and
 * response code, so operators see a rejection the moment it comes.
 */
@Component
public class MdsFeedback {

    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;

    public MdsFeedback(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** Records one IF-013 or IF-014 (in the inbox transaction). */
    public void record(PubMessage pub) {
        Incoming message = Incoming.of(pub);
        String responseCode = null;
        List<String> messages = new ArrayList<>();
        JsonNode r0 = pub.commonBlock().path("R0");
        if (!r0.isMissingNode()) {
            responseCode = r0.path("responseCode").asString(null);
            r0.path("responseMessages").values().forEach(m -> messages.add(m.asString("")));
        }
        Date date = settlementDate(message);
        jdbc.update("""
                        insert into mds_feedback (transaction_id, interface_id, event_code, mpan_core, settlement_date,
                                                  response_code, messages) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (transaction_id) do nothing""",
                message.transactionId(), message.interfaceId(), String.valueOf(message.eventCode()),
                message.mpanCore() != null && message.mpanCore().matches("\\d{13}")
                        ? Long.parseLong(message.mpanCore()) : null,
                date, responseCode, messages.toArray(String[]::new));
        meters.counter("ds.mds_feedback", "interface", message.interfaceId(),
                "response", responseCode == null ? "none" : responseCode).increment();
    }

    private static Date settlementDate(Incoming message) {
        JsonNode days = message.custom().path("B900").path("settlementDayConsumptionPeriods");
        if (!days.isArray() || days.isEmpty()) {
            days = message.custom().path("B920List").path(0).path("settlementDayConsumptionPeriods");
        }
        String text = days.path(0).path("settlementDay").path("settlementDayDate").asString(null);
        try {
            return text == null ? null : Date.valueOf(OffsetDateTime.parse(text).toLocalDate());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
