package uk.mhhs.mds.consumption;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes accepted IF-021 days into {@code consumption}, a batch at a time: the next version of each (date, MPAN,
 * quantity) read with one query, the older current rows marked not current with one statement, the new rows inserted
 * in one multi-row batch — all in the caller's (inbox) transaction.
 */
@Repository
public class ConsumptionStore {

    /** One accepted day: values in Wh (null where no value), quality codes, and what brought it. */
    public record Day(LocalDate date, long mpan, String mq, Long[] wh, String[] q, String transactionId,
                      String senderDipId, boolean warning) {
    }

    private final JdbcTemplate jdbc;

    public ConsumptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the days (later ones of the same key in the list supersede earlier ones). */
    public void store(List<Day> days) {
        if (days.isEmpty()) {
            return;
        }
        Map<String, Integer> versions = currentVersions(days);
        List<Object[]> rows = new ArrayList<>(days.size());
        for (Day day : days) {
            String key = key(day.date(), day.mpan(), day.mq());
            int version = versions.merge(key, 1, Integer::sum);
            rows.add(new Object[] {day, version});
        }
        jdbc.update("""
                update consumption c set current = false
                  from unnest(?::date[], ?::bigint[], ?::text[]) k(d, m, q)
                 where c.settlement_date = k.d and c.mpan_core = k.m and c.mq = k.q and c.current""",
                days.stream().map(d -> Date.valueOf(d.date())).toArray(Date[]::new),
                days.stream().map(Day::mpan).toArray(Long[]::new), days.stream().map(Day::mq).toArray(String[]::new));
        jdbc.batchUpdate("""
                insert into consumption (settlement_date, mpan_core, mq, version, current, wh, q, transaction_id,
                                         sender_dip_id, warning)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, row) -> {
            Day day = (Day) row[0];
            int version = (Integer) row[1];
            ps.setDate(1, Date.valueOf(day.date()));
            ps.setLong(2, day.mpan());
            ps.setString(3, day.mq());
            ps.setInt(4, version);
            // within one batch only the last version of a key stays current
            ps.setBoolean(5, version == versions.get(key(day.date(), day.mpan(), day.mq())));
            ps.setArray(6, ps.getConnection().createArrayOf("bigint", day.wh()));
            ps.setArray(7, ps.getConnection().createArrayOf("varchar", day.q()));
            ps.setString(8, day.transactionId());
            ps.setString(9, day.senderDipId());
            ps.setBoolean(10, day.warning());
        });
    }

    /** The highest version stored so far of each key of the batch (0 when none). */
    private Map<String, Integer> currentVersions(List<Day> days) {
        Map<String, Integer> versions = new HashMap<>();
        days.forEach(d -> versions.put(key(d.date(), d.mpan(), d.mq()), 0));
        jdbc.query("""
                        select c.settlement_date, c.mpan_core, c.mq, max(c.version) from consumption c
                          join unnest(?::date[], ?::bigint[], ?::text[]) k(d, m, q)
                            on c.settlement_date = k.d and c.mpan_core = k.m and c.mq = k.q
                         group by 1, 2, 3""",
                rs -> {
                    versions.put(key(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3)), rs.getInt(4));
                }, days.stream().map(d -> Date.valueOf(d.date())).toArray(Date[]::new),
                days.stream().map(Day::mpan).toArray(Long[]::new), days.stream().map(Day::mq).toArray(String[]::new));
        return versions;
    }

    private static String key(LocalDate date, long mpan, String mq) {
        return date + "/" + mpan + "/" + mq;
    }
}
