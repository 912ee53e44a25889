package uk.mhhs.mds.runs;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.dipclient.facts.MpanFacts;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.mds.registration.Fact;
import uk.mhhs.mds.reports.Rep006Reports;
import uk.mhhs.mds.reports.Rep008Reports;
import uk.mhhs.mds.rules.Ccc;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;
import uk.mhhs.mds.rules.Defaults;
import uk.mhhs.mds.rules.Losses;
import uk.mhhs.mds.rules.SettlementDayPeriods;
import uk.mhhs.mds.rules.UtcPeriod;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A settlement run of MDS for a UK settlement date and run type, as VAS asks for it: every MPAN registered on the
 * date, its current consumption for the settlement day's 46/48/50 UTC periods ({@link SettlementDayPeriods}), a
 * default (annual consumption × shape value ÷ annual total, {@link Defaults}) for each period without valid data
 * when it is energised (zero when it is not), losses (consumption × (LLF − 1), {@link Losses}) into the matching
 * losses class, and the sums and MPAN counts per supplier, base BM unit, GSP group, consumption component class and
 * settlement period stored under the run's id with its inputs (ISD version, consumption versions), then one REP-006 per
 * GSP group of the run ({@link Rep006Reports}) and one REP-008 per GSP group and distributor whose MPANs had no
 * line loss factors ({@link Rep008Reports}), in the same transaction. One IF-013 per
 * MPAN with defaulted periods goes to its data service, supplier and LDSO. MPANs are read and summed a chunk at a time,
 * so memory does not grow with the market.
 */
@Service
public class SettlementRun {

    private static final Logger LOG = LoggerFactory.getLogger(SettlementRun.class);
    static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final MpanFacts facts;
    private final IsdSnapshotCache isd;
    private final DefaultShapes shapes;
    private final DefaultNotices notices;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Rep006Reports reports;
    private final Rep008Reports llfReports;

    SettlementRun(JdbcTemplate jdbc, MpanFacts facts, IsdSnapshotCache isd, DefaultShapes shapes,
                  DefaultNotices notices, Clock clock, MeterRegistry meters, Rep006Reports reports,
                  Rep008Reports llfReports) {
        this.reports = reports;
        this.llfReports = llfReports;
        this.jdbc = jdbc;
        this.facts = facts;
        this.isd = isd;
        this.shapes = shapes;
        this.notices = notices;
        this.clock = clock;
        this.meters = meters;
    }

    /** What a run produced. */
    public record Result(UUID id, int runNumber, int periods, int mpans, int defaultedMpans, int aggregates) {
    }

    private boolean isdRead;

    /** Reads ISD's snapshot topics: all of them the first time, what is new afterwards. */
    private synchronized void readIsd() {
        if (isdRead) {
            isd.refresh();
        } else {
            isd.rebuild();
            isdRead = true;
        }
    }

    @Transactional
    public Result run(LocalDate settlementDate, String runType) {
        readIsd();
        RunReference reference = new RunReference(isd, settlementDate);
        List<UtcPeriod> periods = SettlementDayPeriods.of(settlementDate);
        UUID id = UUID.randomUUID();
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class,
                0x4D44530000000000L + settlementDate.toEpochDay());
        int runNumber = jdbc.queryForObject("select coalesce(max(run_number), 0) + 1 from run"
                + " where settlement_date = ? and run_type = ?", Integer.class, Date.valueOf(settlementDate), runType);
        jdbc.update("insert into run (id, settlement_date, run_type, run_number, status, periods) values (?, ?, ?, ?,"
                + " 'RUNNING', ?)", id, Date.valueOf(settlementDate), runType, runNumber, periods.size());

        List<LocalDate> utcDates = periods.stream().map(UtcPeriod::utcDate).distinct().toList();
        // per group [Wh, mpans] of each period: [2k] and [2k + 1] for period k + 1
        Map<AggregateKey, long[]> sums = new LinkedHashMap<>();
        Map<Rep008Reports.MissingLlf, Integer> missingLlf = new HashMap<>();
        RunCaches caches = new RunCaches();
        List<Long> registered = registeredOn(settlementDate);
        int defaulted = 0;
        for (int from = 0; from < registered.size(); from += CHUNK) {
            List<Long> chunk = registered.subList(from, Math.min(registered.size(), from + CHUNK));
            defaulted += chunk(settlementDate, runType, runNumber, periods, utcDates, chunk, reference, sums, caches,
                    missingLlf);
        }
        List<Object[]> rows = new ArrayList<>(sums.size());
        sums.forEach((k, v) -> {
            for (int p = 0; p < v.length / 2; p++) {
                if (v[2 * p + 1] > 0) {
                    rows.add(new Object[] {id, k.supplier(), k.bmUnit(), k.gspGroup(), k.ccc(), p + 1,
                            BigDecimal.valueOf(v[2 * p], 3), (int) v[2 * p + 1]});
                }
            }
        });
        jdbc.batchUpdate("insert into run_aggregate (run_id, supplier_mpid, bm_unit_id, gsp_group, ccc_id, period, kwh,"
                + " mpans) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
        String inputs = "{\"isdVersion\":" + reference.isdVersion() + ",\"consumption\":" + consumptionInputs(utcDates)
                + "}";
        jdbc.update("update run set status = 'COMPLETE', mpans = ?, defaulted_mpans = ?, inputs = ?::jsonb,"
                + " finished_at = now() where id = ?", registered.size(), defaulted, inputs, id);
        reports.send(id, settlementDate, runType, runNumber, reference.cccs());
        llfReports.send(settlementDate, runType, runNumber, missingLlf);
        meters.counter("mds.runs", "type", runType).increment();
        LOG.info("MDS run {} {} #{}: {} MPANs, {} defaulted, {} aggregates", settlementDate, runType, runNumber,
                registered.size(), defaulted, rows.size());
        return new Result(id, runNumber, periods.size(), registered.size(), defaulted, rows.size());
    }

    private int chunk(LocalDate date, String runType, int runNumber, List<UtcPeriod> periods, List<LocalDate> utcDates,
                      List<Long> mpans, RunReference reference, Map<AggregateKey, long[]> sums, RunCaches caches,
                      Map<Rep008Reports.MissingLlf, Integer> missingLlf) {
        Map<Long, Map<String, MpanFacts.Dated>> known = facts.asAt(mpans, date);
        Map<String, Object[]> consumption = consumption(mpans, utcDates);
        int defaulted = 0;
        Object[][] rowOfDate = new Object[utcDates.size()][];
        for (Long mpan : mpans) {
            Map<String, MpanFacts.Dated> f = known.getOrDefault(mpan, Map.of());
            String mq = "E".equals(value(f, Fact.ENERGY_DIRECTION)) ? "AE" : "AI";
            String supplierMpid = value(f, Fact.SUPPLIER_MPID);
            String gsp = value(f, Fact.GSP_GROUP);
            String segment = orElse(value(f, Fact.SEGMENT), "S");
            String domestic = orElse(value(f, Fact.DOMESTIC), "T");
            String connectionType = orElse(value(f, Fact.CONNECTION_TYPE), "W");
            boolean energised = !"D".equals(value(f, Fact.ENERGISATION));
            String bmUnit = supplierMpid == null || gsp == null ? null
                    : reference.baseBmUnit(supplierMpid, gsp).orElse(null);
            if (bmUnit == null) {
                LOG.warn("MPAN {} on {}: no base BM unit for supplier {} in {}; left out of the run", mpan, date,
                        supplierMpid, gsp);
                continue;
            }
            int distributorId = (int) (mpan / 100_000_000_000L);
            Optional<BigDecimal[]> llf = reference.lineLossFactors(distributorId, value(f, Fact.DUOS_TARIFF));
            if (llf.isEmpty()) {
                missingLlf.merge(new Rep008Reports.MissingLlf(gsp, distributorId,
                        reference.distributorMpid(distributorId), value(f, Fact.DISTRIBUTOR),
                        reference.llfc(distributorId, value(f, Fact.DUOS_TARIFF)), value(f, Fact.DUOS_TARIFF)), 1,
                        Integer::sum);
            }
            long[][] lossFactors = llf.map(caches::lossFactors).orElse(null);
            BigDecimal ac = decimal(value(f, Fact.ANNUAL_CONSUMPTION));
            // the MPAN's row of each UTC date (one look-up per date, not per period)
            for (int d = 0; d < rowOfDate.length; d++) {
                rowOfDate[d] = consumption.get(mpan + "/" + mq + "/" + utcDates.get(d));
            }
            // this MPAN's sums of each (component, origin), found once per MPAN; NO_CLASS where ISD has none
            long[][] targets = new long[6][];
            List<DefaultNotices.Defaulted> defaults = new ArrayList<>();
            for (int k = 0; k < periods.size(); k++) {
                UtcPeriod p = periods.get(k);
                Object[] row = rowOfDate[utcDates.size() == 1 ? 0 : utcDates.indexOf(p.utcDate())];
                Long wh = row == null ? null : ((Long[]) row[0])[p.index()];
                String origin;
                long value;
                if (wh != null) {
                    value = wh;
                    origin = ConsumptionComponentClasses.origin(((String[]) row[1])[p.index()]);
                } else {
                    origin = ConsumptionComponentClasses.DEFAULTED;
                    DefaultNotices.Defaulted d = defaultFor(p, gsp, connectionType, segment, domestic, mq, ac,
                            energised, caches);
                    value = d.kwh().movePointRight(3).longValueExact();
                    defaults.add(d);
                }
                add(targets, 0, origin, sums, reference, caches, supplierMpid, bmUnit, gsp, periods.size(), mq,
                        segment, domestic, connectionType, ConsumptionComponentClasses.CONSUMPTION, k, value);
                if (lossFactors != null && k < lossFactors.length) {
                    long losses = Losses.ofWh(value, lossFactors[k][0], lossFactors[k][1]);
                    add(targets, 3, origin, sums, reference, caches, supplierMpid, bmUnit, gsp, periods.size(), mq,
                            segment, domestic, connectionType, ConsumptionComponentClasses.LOSSES, k, losses);
                }
            }
            if (!defaults.isEmpty()) {
                defaulted++;
                notices.send(mpan, f, date, runType, runNumber, mq, segment, domestic, connectionType, defaults,
                        reference.cccs(), clock);
            }
        }
        return defaulted;
    }

    private static final long[] NO_CLASS = new long[0];

    /**
     * What one run looks up again and again, kept for the run: default shapes by date and category (each
     * {@link DefaultShapes#find} reads the date's shapes from the database), classes by their six attributes, and
     * each line loss factor list as (LLF − 1) unscaled values and powers of ten.
     */
    private static final class RunCaches {
        final Map<String, Optional<DefaultShapes.Shape>> shapes = new HashMap<>();
        final Map<String, Optional<Ccc>> classes = new HashMap<>();
        final Map<BigDecimal[], long[][]> lossFactors = new java.util.IdentityHashMap<>();

        long[][] lossFactors(BigDecimal[] llf) {
            return lossFactors.computeIfAbsent(llf, Losses::factorsOf);
        }
    }

    private DefaultNotices.Defaulted defaultFor(UtcPeriod p, String gsp, String connectionType, String segment,
                                                String domestic, String mq, BigDecimal ac, boolean energised,
                                                RunCaches caches) {
        if (!energised || ac == null) {
            return new DefaultNotices.Defaulted(p, BigDecimal.ZERO.setScale(3), "B");
        }
        return caches.shapes.computeIfAbsent(p.utcDate() + "|" + gsp + "|" + connectionType + "|" + segment + "|"
                        + domestic + "|" + mq, k -> shapes.find(p.utcDate(), gsp, connectionType, segment, domestic, mq))
                .filter(s -> s.annualTotal() != null && s.annualTotal().signum() > 0)
                .map(s -> new DefaultNotices.Defaulted(p, Defaults.periodValue(ac, s.values()[p.index()],
                        s.annualTotal()), s.flags()[p.index()] == null ? "A" : s.flags()[p.index()]))
                .orElse(new DefaultNotices.Defaulted(p, BigDecimal.ZERO.setScale(3), "B"));
    }

    /** Adds {@code wh} to period {@code k}'s sum of the MPAN's class of (component, origin). */
    private static void add(long[][] targets, int componentSlot, String origin, Map<AggregateKey, long[]> sums,
                            RunReference reference, RunCaches caches, String supplier, String bmUnit, String gsp,
                            int periods, String mq, String segment, String domestic, String connectionType,
                            String component, int k, long wh) {
        int slot = componentSlot + (ConsumptionComponentClasses.ACTUAL.equals(origin) ? 0
                : ConsumptionComponentClasses.ESTIMATED.equals(origin) ? 1 : 2);
        long[] sum = targets[slot];
        if (sum == null) {
            Optional<Ccc> ccc = caches.classes.computeIfAbsent(mq + "|" + segment + "|" + domestic + "|"
                    + connectionType + "|" + component + "|" + origin,
                    key -> reference.cccs().find(mq, segment, domestic, connectionType, component, origin));
            // no class for it in ISD: counted nowhere
            sum = ccc.isEmpty() ? NO_CLASS : sums.computeIfAbsent(new AggregateKey(supplier, bmUnit, gsp,
                    ccc.get().id()), key -> new long[2 * periods]);
            targets[slot] = sum;
        }
        if (sum != NO_CLASS) {
            sum[2 * k] += wh;
            sum[2 * k + 1]++;
        }
    }

    private List<Long> registeredOn(LocalDate date) {
        return jdbc.queryForList("""
                select mpan_core from (select distinct on (mpan_core) mpan_core, value from mpan_fact
                                         where fact = 'REGISTERED' and effective_from <= ?
                                         order by mpan_core, effective_from desc) r
                 where value = 'T' order by mpan_core""", Long.class, Date.valueOf(date));
    }

    /** Current consumption of the MPANs on the UTC dates, by "mpan/mq/date": {Long[] wh, String[] q}. */
    private Map<String, Object[]> consumption(List<Long> mpans, List<LocalDate> utcDates) {
        Map<String, Object[]> result = new HashMap<>();
        jdbc.query("""
                        select mpan_core, mq, settlement_date, wh, q from consumption
                         where settlement_date = any (?) and mpan_core = any (?) and current""",
                rs -> {
                    Object[] wh = (Object[]) rs.getArray(4).getArray();
                    Long[] values = new Long[48];
                    for (int i = 0; i < Math.min(48, wh.length); i++) {
                        values[i] = (Long) wh[i];
                    }
                    Object[] q = (Object[]) rs.getArray(5).getArray();
                    String[] codes = new String[48];
                    for (int i = 0; i < Math.min(48, q.length); i++) {
                        codes[i] = (String) q[i];
                    }
                    result.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getObject(3, LocalDate.class),
                            new Object[] {values, codes});
                }, utcDates.stream().map(Date::valueOf).toArray(Date[]::new), mpans.toArray(Long[]::new));
        return result;
    }

    /** Per UTC date the run read: how many current rows, the newest received time (the data the run rests on). */
    private String consumptionInputs(List<LocalDate> utcDates) {
        StringBuilder json = new StringBuilder("[");
        for (LocalDate d : utcDates) {
            var row = jdbc.queryForMap("select count(*) n, max(received_at)::text latest from consumption"
                    + " where settlement_date = ? and current", Date.valueOf(d));
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"utcDate\":\"").append(d).append("\",\"currentRows\":").append(row.get("n"))
                    .append(",\"latestReceived\":").append(row.get("latest") == null ? "null"
                            : "\"" + row.get("latest") + "\"").append('}');
        }
        return json.append(']').toString();
    }

    private static String value(Map<String, MpanFacts.Dated> f, Fact fact) {
        MpanFacts.Dated d = f.get(fact.name());
        return d == null || d.value() == null || d.value().isBlank() ? null : d.value();
    }

    private static String orElse(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    record AggregateKey(String supplier, String bmUnit, String gspGroup, int ccc) {
    }
}
