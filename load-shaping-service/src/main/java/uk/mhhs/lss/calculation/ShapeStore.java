package uk.mhhs.lss.calculation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.mhhs.lss.rules.Category;
import uk.mhhs.lss.rules.PeriodRange;
import uk.mhhs.lss.rules.PeriodSums;
import uk.mhhs.lss.rules.Totals;
import uk.mhhs.lss.shapes.StoredShape;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored sample ({@code consumption_day}), runs and shapes of schema {@code lss}. */
@Repository
public class ShapeStore {

    private final JdbcTemplate jdbc;

    public ShapeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A calculation of a date. */
    public record Run(LocalDate date, int number, int sample, int categories) {
    }

    /** MPAN-days of {@code date} with at least one actual period. */
    public int sample(LocalDate date) {
        Integer n = jdbc.queryForObject("select count(*) from consumption_day where settlement_date = ?"
                + " and actual_count > 0", Integer.class, Date.valueOf(date));
        return n == null ? 0 : n;
    }

    /**
     * One select list item per period and figure: {@code count(actual_wh[1]), coalesce(sum(actual_wh[1]), 0), …}
     * for the 48 periods, so PostgreSQL aggregates each MPAN-day's row once (one row per fine category out) instead
     * of unnesting it into 48 rows and grouping those by category and period (≈6× the time at 1,000,000 MPANs).
     */
    private static final String FINE_SUMS_SQL;

    static {
        StringBuilder columns = new StringBuilder();
        for (int p = 1; p <= PeriodRange.PERIODS; p++) {
            columns.append(", count(c.actual_wh[").append(p).append("]), coalesce(sum(c.actual_wh[").append(p)
                    .append("]), 0)");
        }
        FINE_SUMS_SQL = "select c.gsp_group, c.connection_type, c.segment, c.domestic, c.mq" + columns
                + " from consumption_day c where c.settlement_date = ? and c.actual_count > 0"
                + " group by 1, 2, 3, 4, 5";
    }

    /**
     * The sample of {@code date} per fine category: for each period the number of MPANs with an actual value and
     * the sum of those values in Wh (= milli-kWh), summed by PostgreSQL in one pass over the date's rows.
     */
    public Map<Category, PeriodSums> fineSums(LocalDate date) {
        Map<Category, PeriodSums> result = new HashMap<>();
        jdbc.query(FINE_SUMS_SQL, rs -> {
            Category category = new Category(rs.getString(1), rs.getString(2), rs.getString(3),
                    emptyAsNull(rs.getString(4)), rs.getString(5));
            long[] count = new long[PeriodRange.PERIODS];
            long[] sum = new long[PeriodRange.PERIODS];
            for (int i = 0; i < PeriodRange.PERIODS; i++) {
                count[i] = rs.getLong(6 + 2 * i);
                sum[i] = rs.getLong(7 + 2 * i);
            }
            result.put(category, new PeriodSums(count, sum));
        }, Date.valueOf(date));
        return result;
    }

    public Optional<Run> latestRun(LocalDate date) {
        return jdbc.query("""
                        select run_number, sample, categories from shape_run where settlement_date = ?
                         order by run_number desc limit 1""",
                (rs, n) -> new Run(date, rs.getInt(1), rs.getInt(2), rs.getInt(3)), Date.valueOf(date))
                .stream().findFirst();
    }

    /** Every category's values of the latest run of {@code date}. */
    public Map<Category, BigDecimal[]> latestValues(LocalDate date) {
        Map<Category, BigDecimal[]> result = new HashMap<>();
        jdbc.query("""
                        select gsp_group, connection_type, segment, domestic, mq, period_values from shape
                         where settlement_date = ? and run_number = (select max(run_number) from shape_run
                                                                      where settlement_date = ?)""",
                rs -> {
                    result.put(category(rs), values(rs.getArray(6)));
                }, Date.valueOf(date), Date.valueOf(date));
        return result;
    }

    /** Day, peak and off-peak totals of the latest run of each date in [from, to], by category and date. */
    public Map<Category, Map<LocalDate, Totals>> dayTotals(LocalDate from, LocalDate to) {
        Map<Category, Map<LocalDate, Totals>> result = new HashMap<>();
        jdbc.query("""
                        select s.gsp_group, s.connection_type, s.segment, s.domestic, s.mq, s.settlement_date,
                               s.day_total, s.day_peak, s.day_off_peak
                          from shape s
                          join (select settlement_date, max(run_number) run_number from shape_run
                                 where settlement_date between ? and ? group by settlement_date) r
                            on r.settlement_date = s.settlement_date and r.run_number = s.run_number""",
                rs -> {
                    result.computeIfAbsent(category(rs), k -> new HashMap<>()).put(
                            rs.getObject(6, LocalDate.class), new Totals(rs.getBigDecimal(7), rs.getBigDecimal(8),
                                    rs.getBigDecimal(9), null, null, null, null));
                }, Date.valueOf(from), Date.valueOf(to));
        return result;
    }

    public void insertRun(Run run) {
        jdbc.update("insert into shape_run (settlement_date, run_number, sample, categories) values (?, ?, ?, ?)",
                Date.valueOf(run.date()), run.number(), run.sample(), run.categories());
    }

    public void insertShapes(List<StoredShape> shapes) {
        jdbc.batchUpdate("""
                insert into shape (settlement_date, run_number, gsp_group, connection_type, segment, domestic, mq,
                                   period_values, flags, sample, day_total, day_peak, day_off_peak,
                                   seven_day_total, seven_day_peak, seven_day_off_peak, annual_total)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", shapes, 500, (ps, s) -> {
            ps.setDate(1, Date.valueOf(s.date()));
            ps.setInt(2, s.run());
            ps.setString(3, s.gspGroup() == null ? "" : s.gspGroup());
            ps.setString(4, s.connectionType());
            ps.setString(5, s.segment());
            ps.setString(6, s.domestic() == null ? "" : s.domestic());
            ps.setString(7, s.mq());
            ps.setArray(8, ps.getConnection().createArrayOf("numeric", s.values()));
            ps.setArray(9, ps.getConnection().createArrayOf("varchar", s.flags()));
            ps.setInt(10, s.sample());
            ps.setBigDecimal(11, s.dayTotal());
            ps.setBigDecimal(12, s.dayPeak());
            ps.setBigDecimal(13, s.dayOffPeak());
            ps.setBigDecimal(14, s.sevenDayTotal());
            ps.setBigDecimal(15, s.sevenDayPeak());
            ps.setBigDecimal(16, s.sevenDayOffPeak());
            ps.setBigDecimal(17, s.annualTotal());
        });
    }

    /**
     * The shapes of {@code date} (its latest run, or run {@code run}) matching the filters (null = any; for the GSP
     * group and the domestic indicator an empty string selects national / any).
     */
    public List<StoredShape> shapes(LocalDate date, Integer run, String gspGroup, String connectionType,
                                    String segment, String domestic, String mq) {
        return jdbc.query("""
                        select settlement_date, run_number, gsp_group, connection_type, segment, domestic, mq,
                               period_values, flags, sample, day_total, day_peak, day_off_peak, seven_day_total,
                               seven_day_peak, seven_day_off_peak, annual_total
                          from shape
                         where settlement_date = ?
                           and run_number = coalesce(?, (select max(run_number) from shape_run
                                                          where settlement_date = ?))
                           and (?::text is null or gsp_group = ?) and (?::text is null or connection_type = ?)
                           and (?::text is null or segment = ?) and (?::text is null or domestic = ?)
                           and (?::text is null or mq = ?)
                         order by gsp_group, connection_type, segment, domestic, mq""",
                (rs, n) -> new StoredShape(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        emptyAsNull(rs.getString(3)), rs.getString(4), rs.getString(5), emptyAsNull(rs.getString(6)),
                        rs.getString(7), values(rs.getArray(8)), flags(rs.getArray(9)), rs.getInt(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
                        rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17)),
                Date.valueOf(date), run, Date.valueOf(date), gspGroup, gspGroup, connectionType, connectionType,
                segment, segment, domestic, domestic, mq, mq);
    }

    /** The runs of {@code date}, oldest first. */
    public List<Run> runs(LocalDate date) {
        return jdbc.query("""
                        select run_number, sample, categories from shape_run where settlement_date = ?
                         order by run_number""",
                (rs, n) -> new Run(date, rs.getInt(1), rs.getInt(2), rs.getInt(3)), Date.valueOf(date));
    }

    private static Category category(ResultSet rs) throws SQLException {
        return new Category(emptyAsNull(rs.getString(1)), rs.getString(2), rs.getString(3),
                emptyAsNull(rs.getString(4)), rs.getString(5));
    }

    private static BigDecimal[] values(Array array) throws SQLException {
        Object[] stored = (Object[]) array.getArray();
        BigDecimal[] values = new BigDecimal[stored.length];
        for (int i = 0; i < stored.length; i++) {
            values[i] = (BigDecimal) stored[i];
        }
        return values;
    }

    private static String[] flags(Array array) throws SQLException {
        Object[] stored = (Object[]) array.getArray();
        String[] flags = new String[stored.length];
        for (int i = 0; i < stored.length; i++) {
            flags[i] = (String) stored[i];
        }
        return flags;
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
