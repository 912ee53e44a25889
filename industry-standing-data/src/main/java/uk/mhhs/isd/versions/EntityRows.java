package uk.mhhs.isd.versions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.ColumnType;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.EntityRow;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rows of every entity table, which all share one shape (version_id, effective_from, effective_to, columns).
 *
 * <p>"As at date D, as known in version V": per natural key, the statement made by the highest version
 * {@code <= V} whose row starts on or before D (the latest row of that version if it has several); the key has
 * a value at D if that row's effective_to is open or {@code >= D}. So a later version can change a key from a
 * date (earlier dates keep the old version's values) or end it, and no row is ever updated.
 */
@Repository
public class EntityRows {

    private final JdbcTemplate jdbc;

    public EntityRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(EntityDefinition entity, int version, List<EntityRow> rows) {
        List<Column> columns = entity.columns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> c.type() == ColumnType.DECIMAL_LIST ? "?::numeric[]" : "?")
                .collect(Collectors.joining(", "));
        String sql = "insert into " + entity.table() + " (version_id, effective_from, effective_to, " + names
                + ") values (?, ?, ?, " + marks + ")";
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (EntityRow row : rows) {
            Object[] args = new Object[3 + columns.size()];
            args[0] = version;
            args[1] = row.effectiveFrom();
            args[2] = row.effectiveTo();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Object value = row.values().get(column.name());
                args[3 + i] = column.type() == ColumnType.DECIMAL_LIST && value != null
                        ? "{" + column.type().format(value).replace(';', ',') + "}" : value;
            }
            batch.add(args);
        }
        for (int from = 0; from < batch.size(); from += 1000) {
            jdbc.batchUpdate(sql, batch.subList(from, Math.min(batch.size(), from + 1000)));
        }
    }

    /**
     * @param filters column name → typed value, applied to the answer (not to the history it is chosen from)
     */
    public List<EntityRow> asAt(EntityDefinition entity, LocalDate date, int version, Map<String, Object> filters) {
        String keys = entity.keyColumns().stream().map(Column::name).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("select * from (select distinct on (" + keys + ") * from "
                + entity.table() + " where version_id <= ? and effective_from <= ? order by " + keys
                + ", version_id desc, effective_from desc) latest where (effective_to is null or effective_to >= ?)");
        List<Object> args = new ArrayList<>(List.of(version, date, date));
        filters.forEach((column, value) -> {
            sql.append(" and ").append(entity.column(column).orElseThrow().name()).append(" = ?");
            args.add(value);
        });
        sql.append(" order by ").append(keys);
        return jdbc.query(sql.toString(), (rs, i) -> read(entity, rs), args.toArray());
    }

    /** The rows that arrived in {@code version}, in key order. */
    public List<EntityRow> ofVersion(EntityDefinition entity, int version) {
        String keys = entity.keyColumns().stream().map(Column::name).collect(Collectors.joining(", "));
        return jdbc.query("select * from " + entity.table() + " where version_id = ? order by " + keys
                + ", effective_from", (rs, i) -> read(entity, rs), version);
    }

    /** Every value {@code column} has in any version, in CSV spelling (for reference checks). */
    public Set<String> valuesOf(EntityDefinition entity, Column column) {
        return new HashSet<>(jdbc.queryForList("select distinct " + column.name() + "::text from "
                + entity.table() + " where " + column.name() + " is not null", String.class));
    }

    private static EntityRow read(EntityDefinition entity, ResultSet rs) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : entity.columns()) {
            values.put(column.name(), switch (column.type()) {
                case TEXT -> rs.getString(column.name()) == null ? null : rs.getString(column.name()).strip();
                case INTEGER -> rs.getObject(column.name(), Integer.class);
                case DECIMAL -> rs.getBigDecimal(column.name());
                case DATE -> rs.getObject(column.name(), LocalDate.class);
                case BOOLEAN -> rs.getObject(column.name(), Boolean.class);
                case DECIMAL_LIST -> decimals(rs.getArray(column.name()));
            });
        }
        return new EntityRow(rs.getInt("version_id"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class), values);
    }

    private static List<BigDecimal> decimals(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((BigDecimal[]) array.getArray());
    }
}
