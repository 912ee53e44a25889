package uk.mhhs.mds.annual;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;
import uk.mhhs.mds.rules.DailyTotal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the annual consumption reads, a chunk of MPANs at a time: the MPANs registered on a date (in MPAN order,
 * from after a given one, so the caller pages through the market without holding it), and each one's current
 * consumption over a range of dates as daily totals with their origin. The database sums each day's 48 values and
 * lists its distinct quality codes, so a chunk's days come back as a few numbers each, not as arrays.
 */
@Repository
class ConsumptionHistory {

    private final JdbcTemplate jdbc;

    ConsumptionHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} MPANs registered on {@code date} with a core greater than {@code after}, in order. */
    List<Long> registered(LocalDate date, long after, int limit) {
        return jdbc.queryForList("""
                select mpan_core from (select distinct on (mpan_core) mpan_core, value from mpan_fact
                                         where fact = 'REGISTERED' and effective_from <= ? and mpan_core > ?
                                         order by mpan_core, effective_from desc) r
                 where value = 'T' order by mpan_core limit ?""", Long.class, Date.valueOf(date), after, limit);
    }

    /**
     * The current daily totals of the MPANs over {@code from}..{@code to} (both included), by MPAN and measurement
     * quantity ({@code "mpan/mq"}). A day's origin is A when every value is there and actual, E when every value is
     * there and any is estimated, D when a value is missing or defaulted ({@link ConsumptionComponentClasses#origin}).
     */
    Map<String, List<DailyTotal>> dailyTotals(List<Long> mpans, LocalDate from, LocalDate to) {
        Map<String, List<DailyTotal>> result = new HashMap<>();
        if (mpans.isEmpty()) {
            return result;
        }
        jdbc.query("""
                        select mpan_core, mq, settlement_date,
                               (select sum(v) from unnest(wh) v) total,
                               (select count(*) from unnest(wh) v where v is null) missing,
                               (select array_agg(distinct c) from unnest(q) c) codes
                          from consumption
                         where mpan_core = any (?) and settlement_date between ? and ? and current""",
                rs -> {
                    Object[] codes = (Object[]) rs.getArray("codes").getArray();
                    String origin = rs.getLong("missing") > 0 ? ConsumptionComponentClasses.DEFAULTED : origin(codes);
                    long wh = rs.getLong("total");
                    result.computeIfAbsent(rs.getLong("mpan_core") + "/" + rs.getString("mq"), k -> new ArrayList<>())
                            .add(new DailyTotal(rs.getObject("settlement_date", LocalDate.class),
                                    BigDecimal.valueOf(wh, 3), origin));
                }, mpans.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to));
        return result;
    }

    /** D if any code is defaulted (or absent), else E if any is estimated, else A. */
    private static String origin(Object[] codes) {
        String origin = ConsumptionComponentClasses.ACTUAL;
        for (Object code : codes) {
            String o = ConsumptionComponentClasses.origin((String) code);
            if (ConsumptionComponentClasses.DEFAULTED.equals(o)) {
                return o;
            }
            if (ConsumptionComponentClasses.ESTIMATED.equals(o)) {
                origin = o;
            }
        }
        return origin;
    }
}
