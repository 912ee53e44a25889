package uk.mhhs.dipclient.isd;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

/**
 * One ISD entity row as published on the compacted topic {@code isd.<entity>}.
 *
 * @param entity        e.g. {@code consumption-component-class}
 * @param key           the natural key, e.g. {@code 100} or {@code 10|DOM}
 * @param version       the ISD version the row arrived in
 * @param effectiveFrom first date the row is valid for
 * @param effectiveTo   last date the row is valid for, inclusive; {@code null} = open-ended
 * @param values        the row's columns by name
 */
public record IsdSnapshot(String entity, String key, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
                          JsonNode values) {

    /** Reads a record value written by the ISD service. */
    public static IsdSnapshot parse(byte[] json) {
        JsonNode node = JsonMapper.shared().readTree(json);
        JsonNode to = node.path("effectiveTo");
        return new IsdSnapshot(node.path("entity").asString(), node.path("key").asString(),
                node.path("version").asInt(), LocalDate.parse(node.path("effectiveFrom").asString()),
                to.isNull() || to.isMissingNode() ? null : LocalDate.parse(to.asString()), node.path("values"));
    }

    /**
     * A T/F column as {@code "T"} or {@code "F"}: ISD publishes its BOOLEAN columns (e.g. {@code domestic_premise},
     * {@code base_bm_unit}) as JSON booleans, while files and test data spell them T/F; null when absent.
     */
    public String flag(String column) {
        JsonNode value = values.path(column);
        if (value.isBoolean()) {
            return value.booleanValue() ? "T" : "F";
        }
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    /** Whether the row starts on or before {@code date}. */
    boolean startsBy(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }

    /** Whether the row is still valid on {@code date} (given it started by then). */
    boolean stillValidOn(LocalDate date) {
        return effectiveTo == null || !effectiveTo.isBefore(date);
    }
}
