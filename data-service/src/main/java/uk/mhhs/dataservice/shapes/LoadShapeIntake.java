package uk.mhhs.dataservice.shapes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Load shapes from LSS: IF-022 [LSSPeriodData] gives each category's 48 period values and flags for a UTC date,
 * IF-023 [LSSTotalsData] its annual load shape total. A later publication for the same date and category replaces
 * the earlier one. Periods are keyed by their end ({@code sp}); a value for a time that is not one of the date's 48
 * half-hour ends is a broken message (MSG1001) and nothing of it is kept.
 */
@Component
class LoadShapeIntake implements InboundHandler {

    private final JdbcTemplate jdbc;

    LoadShapeIntake(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-022", "IF-023");
    }

    @Override
    public void handle(Incoming message) {
        if ("IF-022".equals(message.interfaceId())) {
            for (JsonNode day : message.custom().path("B903List").values()) {
                LocalDate date = day(day);
                for (JsonNode group : day.path("LSGSettlementPeriods").values()) {
                    periods(date, group.path("LSGroup"), group.path("LSGroupSettlementPeriods"));
                }
            }
        } else {
            for (JsonNode day : message.custom().path("B912List").values()) {
                LocalDate date = day(day);
                for (JsonNode group : day.path("LSGTotals").values()) {
                    total(date, group.path("LSGroup"),
                            group.path("LSAnnualConsumption").path("annualLoadShapeTotal").asString(null));
                }
            }
        }
    }

    private void periods(LocalDate date, JsonNode group, JsonNode periods) {
        BigDecimal[] values = new BigDecimal[48];
        String[] flags = new String[48];
        long dayStart = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (JsonNode period : periods.values()) {
            String sp = period.path("sp").asString(null);
            Instant end = parse(sp);
            long offset = end.getEpochSecond() - dayStart;
            int index = (int) (offset / 1800) - 1;
            if (offset % 1800 != 0 || index < 0 || index > 47) {
                throw new Rejected("MSG1001", "load shape period " + sp + " is not a half-hour end of " + date);
            }
            values[index] = new BigDecimal(period.path("loadShapePeriodValue").asString("0"));
            flags[index] = period.path("defaultLoadShapeFlag").asString(null);
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into load_shape (settlement_date, gsp_group, connection_type, segment, domestic, mq,
                                            period_values, flags) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (settlement_date, gsp_group, connection_type, segment, domestic, mq)
                    do update set period_values = excluded.period_values, flags = excluded.flags,
                                  received_at = now()""");
            bindKey(ps, date, group);
            Array array = con.createArrayOf("numeric", values);
            ps.setArray(7, array);
            ps.setArray(8, con.createArrayOf("varchar", flags));
            return ps;
        });
    }

    private void total(LocalDate date, JsonNode group, String total) {
        if (total == null) {
            throw new Rejected("MSG1001", "LSAnnualConsumption.annualLoadShapeTotal missing for " + date);
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into load_shape (settlement_date, gsp_group, connection_type, segment, domestic, mq,
                                            annual_total) values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (settlement_date, gsp_group, connection_type, segment, domestic, mq)
                    do update set annual_total = excluded.annual_total, received_at = now()""");
            bindKey(ps, date, group);
            ps.setBigDecimal(7, new BigDecimal(total));
            return ps;
        });
    }

    private static void bindKey(java.sql.PreparedStatement ps, LocalDate date, JsonNode group)
            throws java.sql.SQLException {
        ps.setDate(1, Date.valueOf(date));
        ps.setString(2, text(group, "loadShapeGSPGroupID"));
        ps.setString(3, text(group, "connectionTypeIndicator"));
        ps.setString(4, text(group, "marketSegmentIndicator"));
        ps.setString(5, text(group, "loadShapeDomesticPremiseIndicator"));
        ps.setString(6, text(group, "measurementQuantityID"));
    }

    private static String text(JsonNode group, String field) {
        JsonNode node = group.path(field);
        return node.isString() ? node.stringValue() : "";
    }

    private static LocalDate day(JsonNode day) {
        return parse(day.path("settlementDay").path("settlementDayDate").asString(null))
                .atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant parse(String text) {
        try {
            return DipTimestamps.parseInstant(text);
        } catch (IllegalArgumentException e) {
            throw new Rejected("MSG1001", "not a DIP date-time: " + text);
        }
    }
}
