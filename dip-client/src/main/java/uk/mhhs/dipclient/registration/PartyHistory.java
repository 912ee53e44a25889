package uk.mhhs.dipclient.registration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every supplier registration and MS/DS appointment the registration service holds for one MPAN: the value of a
 * record of the compacted topic {@code <prefix>registration.parties} (key = the MPAN core).
 *
 * <p>JSON (rows in effective-date order; a row with {@code dipId} and {@code mpid} null means "none from that
 * date": the supplier's registration ended or the service was de-appointed; unknown fields are ignored):
 * <pre>{@code
 * {"mpanCore": "1200000000094",
 *  "suppliers":        [{"effectiveFrom": "2024-04-01", "dipId": "1400000001", "mpid": "ALPH"}],
 *  "meteringServices": [{"effectiveFrom": "2024-04-01", "dipId": "1200000001", "mpid": "MTRA"}],
 *  "dataServices":     [{"effectiveFrom": "2024-04-01", "dipId": "1100000001", "mpid": "METD"},
 *                       {"effectiveFrom": "2025-07-01", "dipId": null, "mpid": null}]}
 * }</pre>
 *
 * <p>As at a date D, each party is the row with the greatest {@code effectiveFrom <= D}; none before the first row
 * or where that row has no DIP ID. The registration service's register applies the same rule.
 *
 * @param mpanCore         the 13-digit MPAN core
 * @param suppliers        B002 rows (supplier_registration)
 * @param meteringServices B014 rows (appointment, service MS)
 * @param dataServices     B015 rows (appointment, service DS)
 */
public record PartyHistory(String mpanCore, List<Row> suppliers, List<Row> meteringServices,
                           List<Row> dataServices) {

    public PartyHistory {
        Objects.requireNonNull(mpanCore, "mpanCore");
        suppliers = sorted(suppliers);
        meteringServices = sorted(meteringServices);
        dataServices = sorted(dataServices);
    }

    /**
     * One effective-dated row.
     *
     * @param effectiveFrom the first date it applies to
     * @param dipId         the party's DIP ID; {@code null} = none from this date
     * @param mpid          the party's market participant ID; {@code null} with a null DIP ID
     */
    public record Row(LocalDate effectiveFrom, String dipId, String mpid) {

        public Row {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }

        /** The party this row names, or null for a "none from this date" row. */
        public Party party() {
            return dipId == null ? null : new Party(dipId, mpid);
        }
    }

    /** A market participant by its DIP ID and MPID. */
    public record Party(String dipId, String mpid) {

        public Party {
            Objects.requireNonNull(dipId, "dipId");
        }
    }

    /** The MPAN's parties on one date; each {@code null} where there is none. */
    public record PartiesOnDate(Party supplier, Party meteringService, Party dataService) {

        public static final PartiesOnDate NONE = new PartiesOnDate(null, null, null);
    }

    /** The supplier, MS and DS on {@code date}. */
    public PartiesOnDate asAt(LocalDate date) {
        return new PartiesOnDate(partyOn(suppliers, date), partyOn(meteringServices, date),
                partyOn(dataServices, date));
    }

    /** The party of the row with the greatest {@code effectiveFrom <= date}; null before the first row. */
    public static Party partyOn(List<Row> rows, LocalDate date) {
        Row current = null;
        for (Row row : rows) {
            if (!row.effectiveFrom().isAfter(date)
                    && (current == null || row.effectiveFrom().isAfter(current.effectiveFrom()))) {
                current = row;
            }
        }
        return current == null ? null : current.party();
    }

    /** Reads the JSON above. */
    public static PartyHistory parse(byte[] json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        String mpanCore = root.path("mpanCore").stringValue(null);
        if (mpanCore == null) {
            throw new IllegalArgumentException("party history without mpanCore");
        }
        return new PartyHistory(mpanCore, rows(root.path("suppliers")), rows(root.path("meteringServices")),
                rows(root.path("dataServices")));
    }

    /** Writes the JSON above (compact, fields in the order shown). */
    public byte[] toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("mpanCore", mpanCore);
        root.set("suppliers", array(suppliers));
        root.set("meteringServices", array(meteringServices));
        root.set("dataServices", array(dataServices));
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Row> rows(JsonNode array) {
        List<Row> rows = new ArrayList<>(array.size());
        for (JsonNode row : array) {
            rows.add(new Row(LocalDate.parse(row.path("effectiveFrom").asString()),
                    row.path("dipId").stringValue(null), row.path("mpid").stringValue(null)));
        }
        return rows;
    }

    private static ArrayNode array(List<Row> rows) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(rows.size());
        for (Row row : rows) {
            ObjectNode node = array.addObject();
            node.put("effectiveFrom", row.effectiveFrom().toString());
            node.put("dipId", row.dipId());
            node.put("mpid", row.mpid());
        }
        return array;
    }

    private static List<Row> sorted(List<Row> rows) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().sorted(Comparator.comparing(Row::effectiveFrom)).toList();
    }
}
