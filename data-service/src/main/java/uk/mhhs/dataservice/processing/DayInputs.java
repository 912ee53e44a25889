package uk.mhhs.dataservice.processing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dataservice.readings.MeterDataIntake;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads, for many MPANs of one UTC date at once, what the processor needs besides the facts. */
@Repository
class DayInputs {

    private final JdbcTemplate jdbc;

    DayInputs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Interval values by MPAN, then "mq/role" (e.g. {@code AI/MAIN}). */
    Map<Long, Map<String, BigDecimal[]>> intervals(Long[] mpans, LocalDate date) {
        Map<Long, Map<String, BigDecimal[]>> result = new HashMap<>();
        jdbc.query("""
                        select mpan_core, mq, meter_role, kwh from interval_day
                         where mpan_core = any (?) and settlement_date = ?""",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2) + "/"
                            + rs.getString(3), MeterDataIntake.toValues((Object[]) rs.getArray(4).getArray()));
                }, mpans, Date.valueOf(date));
        return result;
    }

    /**
     * The register advance over the UTC day per MPAN: the sum over its meters of (read at the next midnight − read
     * at this midnight), where both midnight reads exist (UTC).
     */
    Map<Long, BigDecimal> dailyAdvances(Long[] mpans, LocalDate date) {
        Map<Long, BigDecimal> result = new HashMap<>();
        jdbc.query("""
                        select a.mpan_core, sum(b.kwh - a.kwh)
                          from register_read a join register_read b
                            on b.mpan_core = a.mpan_core and b.meter_id = a.meter_id and b.read_at = ?
                         where a.mpan_core = any (?) and a.read_at = ?
                         group by a.mpan_core""",
                rs -> {
                    result.put(rs.getLong(1), rs.getBigDecimal(2));
                }, Timestamp.from(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()), mpans,
                Timestamp.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        return result;
    }

    /**
     * For MPANs without a daily advance: the advance between the last midnight read at or before the date's start and
     * the first at or after its end (UTC), when those span more than one day and at most {@code maxDays}; one meter
     * per MPAN (the first by meter ID).
     */
    Map<Long, MultiDayAdvance> multiDayAdvances(Long[] mpans, LocalDate date, int maxDays) {
        Map<Long, MultiDayAdvance> result = new HashMap<>();
        if (mpans.length == 0) {
            return result;
        }
        Timestamp start = Timestamp.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp end = Timestamp.from(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        jdbc.query("""
                        select distinct on (a.mpan_core) a.mpan_core, a.read_at, a.kwh, b.read_at, b.kwh
                          from register_read a
                          join lateral (select read_at, kwh from register_read b
                                         where b.mpan_core = a.mpan_core and b.meter_id = a.meter_id
                                           and b.read_at >= ? and extract(epoch from b.read_at)::bigint % 86400 = 0
                                         order by read_at limit 1) b on true
                         where a.mpan_core = any (?) and a.read_at <= ?
                           and extract(epoch from a.read_at)::bigint % 86400 = 0
                         order by a.mpan_core, a.meter_id, a.read_at desc""",
                rs -> {
                    LocalDate from = rs.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                    LocalDate to = rs.getTimestamp(4).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                    long days = to.toEpochDay() - from.toEpochDay();
                    if (days > 1 && days <= maxDays) {
                        result.put(rs.getLong(1), new MultiDayAdvance(from, to, rs.getBigDecimal(5)
                                .subtract(rs.getBigDecimal(3))));
                    }
                }, end, mpans, start);
        return result;
    }

    /** An advance over the UTC days [from, to). */
    record MultiDayAdvance(LocalDate from, LocalDate to, BigDecimal kwh) {
    }

    /** Amended values by MPAN and "mq": the values and the amendment reason code. */
    Map<Long, Map<String, Amended>> amendments(Long[] mpans, LocalDate date) {
        Map<Long, Map<String, Amended>> result = new HashMap<>();
        jdbc.query("select mpan_core, mq, kwh, arc from amended_day where mpan_core = any (?) and settlement_date = ?",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), new Amended(
                            MeterDataIntake.toValues((Object[]) rs.getArray(3).getArray()), rs.getString(4)));
                }, mpans, Date.valueOf(date));
        return result;
    }

    /** The unmetered inventory in force on {@code date} by MPAN (the JSON items array). */
    Map<Long, JsonNode> inventories(Long[] mpans, LocalDate date) {
        Map<Long, JsonNode> result = new HashMap<>();
        jdbc.query("""
                        select distinct on (mpan_core) mpan_core, items::text from unmetered_inventory
                         where mpan_core = any (?) and effective_from <= ?
                         order by mpan_core, effective_from desc""",
                rs -> {
                    result.put(rs.getLong(1), JsonMapper.shared().readTree(rs.getString(2)));
                }, mpans, Date.valueOf(date));
        return result;
    }

    /** Content hash and version of the last IF-021 sent, by MPAN and "mq". */
    Map<Long, Map<String, long[]>> sent(Long[] mpans, LocalDate date) {
        Map<Long, Map<String, long[]>> result = new HashMap<>();
        jdbc.query("""
                        select mpan_core, mq, content_hash, version from sent_day
                         where mpan_core = any (?) and settlement_date = ?""",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                            new long[] {rs.getLong(3), rs.getInt(4)});
                }, mpans, Date.valueOf(date));
        return result;
    }

    void recordSent(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into sent_day (mpan_core, settlement_date, mq, content_hash, version, total_kwh, reference)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (mpan_core, settlement_date, mq) do update set content_hash = excluded.content_hash,
                    version = excluded.version, total_kwh = excluded.total_kwh, reference = excluded.reference,
                    sent_at = now()""", rows, 1000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
    }

    void done(Long[] mpans, LocalDate date) {
        jdbc.update("delete from pending_day where mpan_core = any (?) and settlement_date = ?", mpans,
                Date.valueOf(date));
    }

    /** Values an accepted amendment set for a day. */
    record Amended(BigDecimal[] kwh, String arc) {
    }
}
