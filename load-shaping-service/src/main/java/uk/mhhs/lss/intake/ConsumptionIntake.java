package uk.mhhs.lss.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;
import uk.mhhs.lss.rules.Category;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IF-021 from the data services, taken a poll at a time (one inbox statement and one multi-row upsert per batch):
 * each message's load shape category (GSP group from M0, connection type from B067, segment from the sender's role:
 * SDS smart, ADS advanced, UMSDS unmetered; quantity from B900; domestic indicator from {@code mpan_attribute} as at
 * the date) and its actual values (q A, A1, A2) are kept in {@code consumption_day}; a later IF-021 for the same MPAN,
 * date and quantity replaces the earlier one. A message that cannot be read as a day of 48 UTC periods is skipped
 * and counted ({@code lss.consumption.skipped}): LSS has no response interface, and MDS rejects such data anyway.
 */
@Component
class ConsumptionIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumptionIntake.class);
    /** Quality codes of actual values (A, and the advanced actuals A1 and A2); A3 is a scaled interpolation. */
    static final Set<String> ACTUAL = Set.of("A", "A1", "A2");

    private final JdbcTemplate jdbc;
    private final Counter stored;
    private final Counter skipped;

    ConsumptionIntake(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.stored = meters.counter("lss.consumption.stored");
        this.skipped = meters.counter("lss.consumption.skipped");
    }

    @DipPubListener(interfaces = "IF-021", consumer = "lss-consumption")
    void onConsumption(List<PubMessage> batch) {
        Map<String, Day> days = new LinkedHashMap<>();
        for (PubMessage message : batch) {
            for (Day day : read(message)) {
                days.put(day.settlementDate() + "/" + day.mpan() + "/" + day.mq(), day); // latest in the batch wins
            }
        }
        if (days.isEmpty()) {
            return;
        }
        Map<Long, String> domestic = domestic(days.values());
        jdbc.batchUpdate("""
                insert into consumption_day (settlement_date, mpan_core, mq, gsp_group, connection_type, segment,
                                             domestic, actual_wh, actual_count, transaction_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (settlement_date, mpan_core, mq) do update set gsp_group = excluded.gsp_group,
                    connection_type = excluded.connection_type, segment = excluded.segment,
                    domestic = excluded.domestic, actual_wh = excluded.actual_wh,
                    actual_count = excluded.actual_count, transaction_id = excluded.transaction_id,
                    received_at = now()""", new ArrayList<>(days.values()), 1000, (ps, day) -> {
            ps.setDate(1, Date.valueOf(day.settlementDate()));
            ps.setLong(2, day.mpan());
            ps.setString(3, day.mq());
            ps.setString(4, day.gspGroup());
            ps.setString(5, day.connectionType());
            ps.setString(6, day.segment());
            ps.setString(7, domestic.getOrDefault(day.mpan(), ""));
            ps.setArray(8, ps.getConnection().createArrayOf("bigint", day.actualWh()));
            ps.setInt(9, day.actualCount());
            ps.setString(10, day.transactionId());
        });
        stored.increment(days.size());
    }

    /** The domestic indicator in force on each day's date (one query for the batch; the latest date is used). */
    private Map<Long, String> domestic(Iterable<Day> days) {
        Map<Long, LocalDate> dates = new HashMap<>();
        days.forEach(d -> dates.merge(d.mpan(), d.settlementDate(), (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, String> result = new HashMap<>();
        jdbc.query("""
                        select distinct on (a.mpan_core) a.mpan_core, a.value
                          from mpan_attribute a join unnest(?::bigint[], ?::date[]) d(mpan, day) on a.mpan_core = d.mpan
                         where a.attribute = 'DOMESTIC' and a.effective_from <= d.day
                         order by a.mpan_core, a.effective_from desc""",
                rs -> {
                    result.put(rs.getLong(1), rs.getString(2));
                }, dates.keySet().toArray(Long[]::new),
                dates.values().stream().map(Date::valueOf).toArray(Date[]::new));
        return result;
    }

    private List<Day> read(PubMessage message) {
        List<Day> result = new ArrayList<>();
        try {
            JsonNode common = message.commonBlock();
            JsonNode custom = message.customBlock();
            long mpan = Long.parseLong(message.mpan());
            String gsp = common.path("M0").path("GSPGroupID").asString();
            String segment = switch (common.path("S1").path("senderRoleID").asString("")) {
                case "ADS" -> "A";
                case "UMSDS" -> "U";
                default -> "S";
            };
            String connectionType = custom.path("B067").path("connectionTypeIndicator").asString();
            String mq = custom.path("B900").path("MQID").path("measurementQuantityID").asString();
            new Category(gsp, connectionType, segment, null, mq); // checks each attribute's values
            for (JsonNode day : custom.path("B900").path("settlementDayConsumptionPeriods").values()) {
                LocalDate date = DipTimestamps.parseInstant(day.path("settlementDay").path("settlementDayDate")
                        .asString()).atZone(ZoneOffset.UTC).toLocalDate();
                long start = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                Long[] actual = new Long[48];
                int count = 0;
                for (JsonNode period : day.path("consumptionPeriods").values()) {
                    Instant end = DipTimestamps.parseInstant(period.path("sp").asString());
                    int index = (int) ((end.getEpochSecond() - start) / 1800) - 1;
                    if (index < 0 || index > 47 || (end.getEpochSecond() - start) % 1800 != 0) {
                        throw new IllegalArgumentException("period " + end + " is not a half-hour end of " + date);
                    }
                    if (ACTUAL.contains(period.path("q").asString(""))) {
                        actual[index] = new BigDecimal(period.path("v").asString()).movePointRight(3)
                                .longValueExact();
                        count++;
                    }
                }
                result.add(new Day(date, mpan, mq, gsp, connectionType, segment, actual, count,
                        message.transactionID()));
            }
        } catch (RuntimeException e) {
            LOG.warn("IF-021 {} skipped: {}", message.transactionID(), e.toString());
            skipped.increment();
            return List.of();
        }
        return result;
    }

    private record Day(LocalDate settlementDate, long mpan, String mq, String gspGroup, String connectionType,
                       String segment, Long[] actualWh, int actualCount, String transactionId) {
    }
}
