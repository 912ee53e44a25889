package uk.mhhs.dataservice.readings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.dataservice.DataServiceProperties;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a meter-data batch: checks every row ({@link MeterDataChecks}) against our appointments and meters, and
 * either refuses the batch with every problem (nothing stored) or stores it whole in one transaction: interval values
 * merged into {@code interval_day} (a period sent again replaces the earlier value), register reads, and each
 * MPAN-day touched queued in {@code pending_day} for (re)processing.
 */
@Service
public class MeterDataIntake {

    /** The outcome: the problems (empty when stored), rows and MPAN-days stored. */
    public record Outcome(List<ReadingProblem> problems, int rows, int days) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private final JdbcTemplate jdbc;
    private final int maxRows;
    private final Counter acceptedRows;
    private final Counter refusedBatches;

    public MeterDataIntake(JdbcTemplate jdbc, DataServiceProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.maxRows = properties.maxReadingsRows();
        this.acceptedRows = Counter.builder("ds.meter_data.rows").tag("outcome", "accepted").register(meters);
        this.refusedBatches = Counter.builder("ds.meter_data.batches").tag("outcome", "refused").register(meters);
    }

    @Transactional
    public Outcome take(MeterDataBatch batch) {
        List<Long> mpans = batch == null || batch.rows() == null ? List.of() : batch.rows().stream()
                .filter(r -> r != null && r.mpan() != null && r.mpan().matches("\\d{13}"))
                .map(r -> Long.parseLong(r.mpan())).distinct().toList();
        List<ReadingProblem> problems = MeterDataChecks.check(batch, maxRows, known(mpans));
        if (!problems.isEmpty()) {
            refusedBatches.increment();
            return new Outcome(problems, 0, 0);
        }
        Map<DayKey, BigDecimal[]> days = new LinkedHashMap<>();
        List<Object[]> reads = new ArrayList<>();
        Set<DayKey> touched = new HashSet<>();
        for (MeterDataBatch.Row row : batch.rows()) {
            long mpan = Long.parseLong(row.mpan());
            String role = row.meterRole() == null ? "MAIN" : row.meterRole();
            String mq = row.quantity() == null ? "AI" : row.quantity();
            if (row.periods() != null) {
                for (MeterDataBatch.Period period : row.periods()) {
                    Instant start = Instant.parse(period.end()).minusSeconds(1800);
                    LocalDate date = start.atZone(ZoneOffset.UTC).toLocalDate();
                    int index = (int) ((start.getEpochSecond() - date.atStartOfDay(ZoneOffset.UTC).toEpochSecond())
                            / 1800);
                    DayKey key = new DayKey(mpan, date, mq, role);
                    days.computeIfAbsent(key, k -> new BigDecimal[48])[index] = MeterDataChecks.parse(period.kwh());
                    touched.add(new DayKey(mpan, date, null, null));
                }
            }
            if (row.registerReads() != null) {
                for (MeterDataBatch.RegisterRead read : row.registerReads()) {
                    Instant at = Instant.parse(read.at());
                    reads.add(new Object[] {mpan, row.meterId(), Timestamp.from(at),
                            MeterDataChecks.parse(read.kwh()), "API"});
                    LocalDate date = at.atZone(ZoneOffset.UTC).toLocalDate();
                    touched.add(new DayKey(mpan, date, null, null));
                    touched.add(new DayKey(mpan, date.minusDays(1), null, null));
                }
            }
        }
        mergeIntervals(days);
        RegisterReads.store(jdbc, reads);
        PendingDays.queue(jdbc, touched.stream().map(k -> new Object[] {k.mpan(), Date.valueOf(k.date())}).toList());
        acceptedRows.increment(batch.rows().size());
        return new Outcome(List.of(), batch.rows().size(), touched.size());
    }

    private void mergeIntervals(Map<DayKey, BigDecimal[]> incoming) {
        if (incoming.isEmpty()) {
            return;
        }
        Map<DayKey, BigDecimal[]> stored = existing(incoming.keySet());
        List<Object[]> rows = new ArrayList<>();
        for (var entry : incoming.entrySet()) {
            DayKey key = entry.getKey();
            BigDecimal[] merged = stored.getOrDefault(key, new BigDecimal[48]);
            BigDecimal[] values = entry.getValue();
            for (int i = 0; i < 48; i++) {
                if (values[i] != null) {
                    merged[i] = values[i];
                }
            }
            rows.add(new Object[] {key.mpan(), Date.valueOf(key.date()), key.mq(), key.role(), merged});
        }
        jdbc.batchUpdate("""
                insert into interval_day (mpan_core, settlement_date, mq, meter_role, kwh) values (?, ?, ?, ?, ?)
                on conflict (mpan_core, settlement_date, mq, meter_role)
                do update set kwh = excluded.kwh, updated_at = now()""", rows, 500, (ps, row) -> {
            ps.setLong(1, (Long) row[0]);
            ps.setDate(2, (Date) row[1]);
            ps.setString(3, (String) row[2]);
            ps.setString(4, (String) row[3]);
            Array array = ps.getConnection().createArrayOf("numeric", (Object[]) row[4]);
            ps.setArray(5, array);
        });
    }

    /** The stored values of the batch's days, locked for the merge: one query for the whole batch. */
    private Map<DayKey, BigDecimal[]> existing(java.util.Collection<DayKey> keys) {
        Map<DayKey, BigDecimal[]> result = new HashMap<>();
        jdbc.query("""
                        select i.mpan_core, i.settlement_date, i.mq, i.meter_role, i.kwh from interval_day i
                          join unnest(?::bigint[], ?::date[], ?::text[], ?::text[]) k(m, d, q, r)
                            on i.mpan_core = k.m and i.settlement_date = k.d and i.mq = k.q and i.meter_role = k.r
                           for update of i""",
                rs -> {
                    result.put(new DayKey(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getString(4)), toValues((Object[]) rs.getArray(5).getArray()));
                }, keys.stream().map(DayKey::mpan).toArray(Long[]::new),
                keys.stream().map(k -> Date.valueOf(k.date())).toArray(Date[]::new),
                keys.stream().map(DayKey::mq).toArray(String[]::new),
                keys.stream().map(DayKey::role).toArray(String[]::new));
        return result;
    }

    public static BigDecimal[] toValues(Object[] stored) {
        BigDecimal[] values = new BigDecimal[48];
        for (int i = 0; i < Math.min(48, stored.length); i++) {
            values[i] = (BigDecimal) stored[i];
        }
        return values;
    }

    private MeterDataChecks.Known known(List<Long> mpans) {
        Map<Long, List<Object[]>> appointments = new HashMap<>();
        Map<Long, Set<String>> meters = new HashMap<>();
        if (!mpans.isEmpty()) {
            Long[] ids = mpans.toArray(Long[]::new);
            jdbc.query("select mpan_core, effective_from, effective_to, role from appointment where mpan_core = any (?)",
                    rs -> {
                        appointments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Object[] {
                                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4)});
                    }, (Object) ids);
            jdbc.query("select mpan_core, meter_id from meter where mpan_core = any (?) and removed_on is null",
                    rs -> {
                        meters.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                    }, (Object) ids);
        }
        return new MeterDataChecks.Known() {
            @Override
            public Optional<String> roleOn(long mpan, LocalDate date) {
                for (Object[] a : appointments.getOrDefault(mpan, List.of())) {
                    LocalDate from = (LocalDate) a[0];
                    LocalDate to = (LocalDate) a[1];
                    if (!from.isAfter(date) && (to == null || to.isAfter(date))) {
                        return Optional.of((String) a[2]);
                    }
                }
                return Optional.empty();
            }

            @Override
            public boolean hasMeter(long mpan, String meterId) {
                return meters.getOrDefault(mpan, Set.of()).contains(meterId);
            }
        };
    }

    private record DayKey(long mpan, LocalDate date, String mq, String role) {
    }
}
