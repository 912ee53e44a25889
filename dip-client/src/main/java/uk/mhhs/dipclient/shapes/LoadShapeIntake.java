package uk.mhhs.dipclient.shapes;

import tools.jackson.databind.JsonNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Load shapes from LSS: IF-022 [LSSPeriodData] gives each category's 48 period values and flags for a UTC date,
 * IF-023 [LSSTotalsData] its annual load shape total; both kept in the {@link LoadShapeStore}. A later publication
 * for the same date and category replaces the earlier one. Periods are keyed by their end ({@code sp}); a value for
 * a time that is not one of the date's 48 half-hour ends (or a total that is missing) is a broken message
 * (MSG1001) and nothing of it is kept: the whole message is read before anything is written.
 *
 * <p>Auto-configured as an {@link InboundHandler} bean when the service sets {@code mhhs.load-shapes.enabled=true};
 * the service's {@code @DipPubListener} must take IF-022 and IF-023 and pass them to the kit's dispatcher.
 */
public class LoadShapeIntake implements InboundHandler {

    private final LoadShapeStore store;

    public LoadShapeIntake(LoadShapeStore store) {
        this.store = store;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-022", "IF-023");
    }

    @Override
    public void handle(Incoming message) {
        if ("IF-022".equals(message.interfaceId())) {
            List<Periods> received = new ArrayList<>();
            for (JsonNode day : message.custom().path("B903List").values()) {
                LocalDate date = day(day);
                for (JsonNode group : day.path("LSGSettlementPeriods").values()) {
                    received.add(periods(date, group.path("LSGroup"), group.path("LSGroupSettlementPeriods")));
                }
            }
            received.forEach(p -> store.storePeriods(p.date(), p.category(), p.values(), p.flags()));
        } else {
            List<Total> received = new ArrayList<>();
            for (JsonNode day : message.custom().path("B912List").values()) {
                LocalDate date = day(day);
                for (JsonNode group : day.path("LSGTotals").values()) {
                    String total = group.path("LSAnnualConsumption").path("annualLoadShapeTotal").asString(null);
                    if (total == null) {
                        throw new Rejected("MSG1001", "LSAnnualConsumption.annualLoadShapeTotal missing for " + date);
                    }
                    received.add(new Total(date, category(group.path("LSGroup")), number(total)));
                }
            }
            received.forEach(t -> store.storeTotal(t.date(), t.category(), t.total()));
        }
    }

    private record Periods(LocalDate date, LoadShapeCategory category, BigDecimal[] values, String[] flags) {
    }

    private record Total(LocalDate date, LoadShapeCategory category, BigDecimal total) {
    }

    private static Periods periods(LocalDate date, JsonNode group, JsonNode periods) {
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
            values[index] = number(period.path("loadShapePeriodValue").asString("0"));
            flags[index] = period.path("defaultLoadShapeFlag").asString(null);
        }
        return new Periods(date, category(group), values, flags);
    }

    private static LoadShapeCategory category(JsonNode group) {
        return new LoadShapeCategory(text(group, "loadShapeGSPGroupID"), text(group, "connectionTypeIndicator"),
                text(group, "marketSegmentIndicator"), text(group, "loadShapeDomesticPremiseIndicator"),
                text(group, "measurementQuantityID"));
    }

    private static String text(JsonNode group, String field) {
        JsonNode node = group.path(field);
        return node.isString() ? node.stringValue() : "";
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Rejected("MSG1001", "not a number: " + text);
        }
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
