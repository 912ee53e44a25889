package uk.mhhs.dataservice.unmetered;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.dataservice.rules.PeriodValue;
import uk.mhhs.dataservice.rules.EquivalentMeter;
import uk.mhhs.dataservice.rules.unmetered.SwitchRegime;
import uk.mhhs.dataservice.rules.unmetered.UnmeteredItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * UMSO inventory summaries as the data service stores them (JSON, {@code unmetered_inventory.items}) and reads them
 * back into the equivalent meter's terms. One item:
 * <pre>{"chargeCode": "5 digits…13", "circuitWatts": "70", "quantity": 10,
 *  "regime": {"type": "dusk-to-dawn" | "part-night" | "fixed-hours",
 *             "offAt": "00:00", "onAt": "05:30",        (part-night: off window, UK local)
 *             "on": "17:00", "off": "23:00",            (fixed-hours, UK local)
 *             "onOffsetMinutes": 0, "offOffsetMinutes": 0,
 *             "dimming": [{"from": "22:00", "to": "06:00", "fraction": "0.5"}]}}</pre>
 */
@Component
public class Inventories {

    private final EquivalentMeter meter;

    public Inventories(EquivalentMeter meter) {
        this.meter = meter;
    }

    /** The equivalent meter's 48 UTC periods of {@code date} for a stored inventory. */
    public List<PeriodValue> day(String gspGroup, LocalDate date, JsonNode items) {
        return meter.day(gspGroup, date, parse(items));
    }

    /**
     * Reads an inventory's items.
     *
     * @throws IllegalArgumentException naming the item and field that is wrong
     */
    public static List<UnmeteredItem> parse(JsonNode items) {
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new IllegalArgumentException("items must be a non-empty array");
        }
        List<UnmeteredItem> result = new ArrayList<>();
        int index = 0;
        for (JsonNode item : items.values()) {
            String where = "items[" + index++ + "]";
            String chargeCode = item.path("chargeCode").asString(null);
            if (chargeCode == null || !chargeCode.matches("\\d{13}")) {
                throw new IllegalArgumentException(where + ".chargeCode must be 13 digits: " + chargeCode);
            }
            BigDecimal watts = decimal(item.path("circuitWatts").asString(null), where + ".circuitWatts");
            if (watts.signum() <= 0 || watts.compareTo(new BigDecimal("100000")) > 0) {
                throw new IllegalArgumentException(where + ".circuitWatts must be above 0 and at most 100000: "
                        + watts);
            }
            int quantity = item.path("quantity").asInt(0);
            if (quantity < 1 || quantity > 1_000_000) {
                throw new IllegalArgumentException(where + ".quantity must be 1 to 1000000: "
                        + item.path("quantity"));
            }
            result.add(new UnmeteredItem(chargeCode, watts, quantity, regime(item.path("regime"), where + ".regime")));
        }
        return result;
    }

    private static SwitchRegime regime(JsonNode regime, String where) {
        int onOffset = regime.path("onOffsetMinutes").asInt(0);
        int offOffset = regime.path("offOffsetMinutes").asInt(0);
        SwitchRegime base = switch (regime.path("type").asString("")) {
            case "dusk-to-dawn" -> new SwitchRegime.DuskToDawn(onOffset, offOffset);
            case "part-night" -> new SwitchRegime.PartNight(time(regime, "offAt", where), time(regime, "onAt", where),
                    onOffset, offOffset);
            case "fixed-hours" -> new SwitchRegime.FixedHours(time(regime, "on", where), time(regime, "off", where));
            default -> throw new IllegalArgumentException(where + ".type must be dusk-to-dawn, part-night or "
                    + "fixed-hours: " + regime.path("type"));
        };
        JsonNode dimming = regime.path("dimming");
        if (!dimming.isArray() || dimming.isEmpty()) {
            return base;
        }
        List<SwitchRegime.DimStep> steps = new ArrayList<>();
        for (JsonNode step : dimming.values()) {
            BigDecimal fraction = decimal(step.path("fraction").asString(null), where + ".dimming.fraction");
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(where + ".dimming.fraction must be 0 to 1: " + fraction);
            }
            steps.add(new SwitchRegime.DimStep(time(step, "from", where + ".dimming"),
                    time(step, "to", where + ".dimming"), fraction));
        }
        return new SwitchRegime.Dimming(base, steps);
    }

    private static LocalTime time(JsonNode node, String field, String where) {
        String text = node.path(field).asString(null);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(where + "." + field + " must be a time like 05:30: " + text);
        }
    }

    private static BigDecimal decimal(String text, String where) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(where + " must be a decimal: " + text);
        }
    }
}
