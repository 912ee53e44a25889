package uk.mhhs.registration.process.ldso;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The IF-018 events and the request fields each takes (besides {@code event} and {@code effectiveFrom}). */
enum DistributorEvent {

    GSP_CHG("GSPChg", "gspGroupId"),
    ADDRESS_CHG("AddressChg", "postcode", "addressLines"),
    DUOS_TARIFF_ID_CHG("DUOSTariffIDChg", "duosTariffId"),
    DOM_PREM_IND("DomPremInd", "domesticPremise"),
    ENERGY_DIRECTION("EnergyDirection", "energyDirection"),
    MUM_INDICATOR("MUMIndicator", "metered"),
    DCC_ENROLMENT("DCCEnrolment", "dccServiceFlag");

    private final String event;
    private final Set<String> fields;

    DistributorEvent(String event, String... fields) {
        this.event = event;
        List<String> all = new ArrayList<>(List.of("event", "effectiveFrom"));
        all.addAll(List.of(fields));
        this.fields = Set.copyOf(all);
    }

    static Optional<DistributorEvent> of(String event) {
        return Arrays.stream(values()).filter(e -> e.event.equals(event)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(e -> e.event).toList());
    }

    Set<String> fields() {
        return fields;
    }

    /** B022 columns from {@code postcode} (≤ 10) and {@code addressLines} (≤ 9 lines of ≤ 40): REG9011 otherwise. */
    static Map<String, Object> address(ChangeRequest request) {
        String postcode = request.text("postcode", "REG9011");
        if (postcode != null && (postcode.isBlank() || postcode.length() > 10)) {
            throw RefusedChange.invalid("REG9011", "postcode \"" + postcode + "\" is blank or longer than 10");
        }
        List<String> lines = new ArrayList<>();
        if (request.has("addressLines")) {
            var node = request.body().get("addressLines");
            if (!node.isArray() || node.size() > 9) {
                throw RefusedChange.invalid("REG9011", "addressLines must be a list of at most 9 lines");
            }
            for (var line : node) {
                if (!line.isString() || line.asString().length() > 40) {
                    throw RefusedChange.invalid("REG9011", "address line " + line + " is not text of at most 40");
                }
                lines.add(line.asString());
            }
        }
        if (postcode == null && lines.isEmpty()) {
            throw RefusedChange.invalid("REG9011", "an address change needs a postcode or address lines");
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("postcode", postcode);
        columns.put("address_lines", lines.toArray(String[]::new));
        return columns;
    }
}
