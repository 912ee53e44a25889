package uk.mhhs.dataservice.readings;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dataservice.mpan.MpanFactStore;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * IF-041 cumulative register reads (B064List) from suppliers, metering services or another data service: stored as
 * register reads of the MPAN (source {@code IF-041}) and the days either side of each read queued, since a midnight
 * read closes one day's advance and opens the next. Only for an MPAN we are the Data Service of on the read's date;
 * otherwise the message is logged REJECTED (IF-041 has no response interface) and nothing is stored.
 */
@Component
class RegisterReadFeed implements InboundHandler {

    private final JdbcTemplate jdbc;
    private final MpanFactStore facts;

    RegisterReadFeed(JdbcTemplate jdbc, MpanFactStore facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-041");
    }

    @Override
    public void handle(Incoming message) {
        String core = message.mpanCore();
        long mpan = message.mpanCoreOrReject("MSG1001");
        List<Object[]> reads = new ArrayList<>();
        List<Object[]> days = new ArrayList<>();
        for (JsonNode read : message.custom().path("B064List").values()) {
            String meter = read.path("meterID").asString(null);
            Instant at;
            BigDecimal kwh;
            try {
                at = DipTimestamps.parseInstant(read.path("cumulativeRegisterReadingDateTime").asString(null));
                kwh = new BigDecimal(read.path("cumulativeRegisterReading").asString(""));
            } catch (IllegalArgumentException e) {
                throw new Rejected("MSG1001", "B064 read of meter " + meter + " unreadable: " + e.getMessage());
            }
            LocalDate date = at.atZone(ZoneOffset.UTC).toLocalDate();
            if (facts.appointmentOn(mpan, date).isEmpty()) {
                throw new Rejected("MSG1010", "not the Data Service of MPAN " + core + " on " + date);
            }
            reads.add(new Object[] {mpan, meter, Timestamp.from(at), kwh, "IF-041"});
            days.add(new Object[] {mpan, Date.valueOf(date)});
            days.add(new Object[] {mpan, Date.valueOf(date.minusDays(1))});
        }
        RegisterReads.store(jdbc, reads);
        PendingDays.queue(jdbc, days);
    }
}
