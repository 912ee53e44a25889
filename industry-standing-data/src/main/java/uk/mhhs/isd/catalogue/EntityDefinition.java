package uk.mhhs.isd.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One ISD entity: its name in URLs, CSV file names and topics ({@code supplier-bm-unit}), its table
 * ({@code supplier_bm_unit}), columns (besides the common version_id, effective_from and effective_to) and
 * row rules.
 */
public record EntityDefinition(String name, String description, List<Column> columns, List<RowRule> rules) {

    public EntityDefinition {
        columns = List.copyOf(columns);
        rules = List.copyOf(rules);
    }

    public String table() {
        return name.replace('-', '_');
    }

    public List<Column> keyColumns() {
        return columns.stream().filter(Column::key).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The natural key of a row: its key values in CSV spelling joined by {@code |}, e.g. {@code 10|E1}. */
    public String naturalKey(Map<String, Object> values) {
        return keyColumns().stream().map(c -> c.type().format(values.get(c.name())))
                .collect(Collectors.joining("|"));
    }
}
