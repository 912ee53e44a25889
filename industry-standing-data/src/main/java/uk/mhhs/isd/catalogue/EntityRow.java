package uk.mhhs.isd.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored row of an entity: the version it arrived in, the dates it is valid for and its typed values.
 *
 * @param effectiveTo the last valid date, inclusive; {@code null} = open-ended
 */
public record EntityRow(int version, LocalDate effectiveFrom, LocalDate effectiveTo, Map<String, Object> values) {

    /** A JSON-friendly map: version, effective_from, effective_to, then the columns (dates as yyyy-MM-dd). */
    public Map<String, Object> toJson(EntityDefinition entity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", version);
        json.put("effective_from", effectiveFrom.toString());
        json.put("effective_to", effectiveTo == null ? null : effectiveTo.toString());
        for (Column column : entity.columns()) {
            Object value = values.get(column.name());
            json.put(column.name(), value instanceof LocalDate date ? date.toString() : value);
        }
        return json;
    }
}
