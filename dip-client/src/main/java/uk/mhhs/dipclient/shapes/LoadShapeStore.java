package uk.mhhs.dipclient.shapes;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * LSS's load shapes as a service keeps them ({@code load_shape}, dip-client's table in the service's schema): per
 * UTC date and {@link LoadShapeCategory}, IF-022's 48 period values and flags and IF-023's annual total. A later
 * publication for the same date and category replaces the earlier one. Written by {@link LoadShapeIntake}; read a
 * date at a time with {@link #forDate} and looked up most specific category first ({@link DateShapes#find}).
 * Fallbacks beyond the date's own shapes (previous day, a standard shape) are the service's.
 */
public class LoadShapeStore {

    private final JdbcTemplate jdbc;
    private final String upsertPeriods;
    private final String upsertTotal;
    private final String select;

    public LoadShapeStore(DataSource dataSource, DipClientSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        String table = schema.table("load_shape");
        String key = "settlement_date, gsp_group, connection_type, segment, domestic, mq";
        this.upsertPeriods = "insert into " + table + " (" + key + ", period_values, flags)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (" + key + ") do update"
                + " set period_values = excluded.period_values, flags = excluded.flags, received_at = now()";
        this.upsertTotal = "insert into " + table + " (" + key + ", annual_total) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (" + key + ") do update set annual_total = excluded.annual_total, received_at = now()";
        this.select = "select gsp_group, connection_type, segment, domestic, mq, period_values, flags, annual_total"
                + " from " + table + " where settlement_date = ? and period_values is not null";
    }

    /** Stores (or replaces) a category's 48 period values and flags for {@code date} (IF-022). */
    public void storePeriods(LocalDate date, LoadShapeCategory category, BigDecimal[] values, String[] flags) {
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(upsertPeriods);
            bindKey(ps, date, category);
            ps.setArray(7, con.createArrayOf("numeric", values));
            ps.setArray(8, con.createArrayOf("varchar", flags));
            return ps;
        });
    }

    /** Stores (or replaces) a category's annual load shape total for {@code date} (IF-023). */
    public void storeTotal(LocalDate date, LoadShapeCategory category, BigDecimal total) {
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(upsertTotal);
            bindKey(ps, date, category);
            ps.setBigDecimal(7, total);
            return ps;
        });
    }

    /** Every category's shape of {@code date} that has its period values (read once, e.g. for a batch). */
    public DateShapes forDate(LocalDate date) {
        Map<LoadShapeCategory, StoredLoadShape> shapes = new HashMap<>();
        jdbc.query(select, rs -> {
            Object[] stored = (Object[]) rs.getArray(6).getArray();
            BigDecimal[] values = new BigDecimal[48];
            for (int i = 0; i < 48; i++) {
                values[i] = i < stored.length && stored[i] != null ? (BigDecimal) stored[i] : BigDecimal.ZERO;
            }
            java.sql.Array flagArray = rs.getArray(7);
            Object[] storedFlags = flagArray == null ? new Object[0] : (Object[]) flagArray.getArray();
            String[] flags = new String[48];
            for (int i = 0; i < 48 && i < storedFlags.length; i++) {
                flags[i] = storedFlags[i] == null ? null : storedFlags[i].toString();
            }
            shapes.put(new LoadShapeCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)), new StoredLoadShape(date, values, flags, rs.getBigDecimal(8)));
        }, Date.valueOf(date));
        return new DateShapes(date, Collections.unmodifiableMap(shapes));
    }

    /** The shape an MPAN of {@code category} uses on {@code date} (most specific published category first). */
    public Optional<StoredLoadShape> find(LocalDate date, LoadShapeCategory category) {
        return forDate(date).find(category);
    }

    private static void bindKey(PreparedStatement ps, LocalDate date, LoadShapeCategory category)
            throws SQLException {
        ps.setDate(1, Date.valueOf(date));
        ps.setString(2, category.gspGroup());
        ps.setString(3, category.connectionType());
        ps.setString(4, category.segment());
        ps.setString(5, category.domestic());
        ps.setString(6, category.mq());
    }

    /** The shapes of one date, by category. */
    public record DateShapes(LocalDate date, Map<LoadShapeCategory, StoredLoadShape> shapes) {

        /**
         * The shape for an MPAN of {@code category}: the first published of {@link LoadShapeCategory#lookupOrder()},
         * (group, domestic) → (group, any) → (national, domestic) → (national, any); empty if none is.
         */
        public Optional<StoredLoadShape> find(LoadShapeCategory category) {
            for (LoadShapeCategory candidate : category.lookupOrder()) {
                StoredLoadShape shape = shapes.get(candidate);
                if (shape != null) {
                    return Optional.of(shape);
                }
            }
            return Optional.empty();
        }
    }
}
