package uk.mhhs.dataservice.processing;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.envelope.DipMessage;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.dataservice.DataServiceProperties;
import uk.mhhs.dataservice.mpan.Fact;
import uk.mhhs.dataservice.mpan.MpanFactStore;
import uk.mhhs.dataservice.mpan.MpanSnapshot;
import uk.mhhs.dataservice.rules.DayOutcome;
import uk.mhhs.dataservice.rules.DayProcessor;
import uk.mhhs.dataservice.rules.LoadShape;
import uk.mhhs.dataservice.rules.estimation.AdvanceApportionment;
import uk.mhhs.dataservice.rules.MeterDay;
import uk.mhhs.dataservice.rules.MpanDayFacts;
import uk.mhhs.dataservice.rules.PeriodValue;
import uk.mhhs.dataservice.rules.Segment;
import uk.mhhs.dataservice.shapes.LoadShapes;
import uk.mhhs.dataservice.unmetered.Inventories;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.shapes.LoadShapeCategory;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns MPAN-days into IF-021: for one UTC date and many MPANs at once, loads what we know (appointment, facts,
 * interval values, register advance, load shape, amendments, unmetered inventory), validates and estimates each day
 * ({@link DayProcessor}; the equivalent meter for unmetered supplies), lays accepted amendments over it, and sends
 * one IF-021 per MPAN and measurement quantity, in the role of the MPAN's segment, to MDS, LSS, the supplier and
 * the distributor — unless the same values were sent before (content hash per MPAN, quantity and date), or the date
 * is past its RF run, or we are not the MPAN's Data Service on the date. Runs in the caller's transaction.
 */
@Service
public class DayProcessing {

    /** The longest span of days between two register reads apportioned as a multi-day advance (E3). */
    static final int MAX_ADVANCE_DAYS = 31;

    private final MpanFactStore facts;
    private final DayInputs inputs;
    private final LoadShapes shapes;
    private final Inventories inventories;
    private final DayProcessor processor;
    private final Outbound outbound;
    private final Clock clock;
    private final DataServiceProperties properties;
    private final String ourDipId;
    private final boolean spIsPeriodEnd;
    private final MeterRegistry meters;

    public DayProcessing(MpanFactStore facts, DayInputs inputs, LoadShapes shapes, Inventories inventories,
                         DayProcessor processor, Outbound outbound, Clock clock, DataServiceProperties properties,
                         DipClientProperties dip, MeterRegistry meters) {
        this.facts = facts;
        this.inputs = inputs;
        this.shapes = shapes;
        this.inventories = inventories;
        this.processor = processor;
        this.outbound = outbound;
        this.clock = clock;
        this.properties = properties;
        this.ourDipId = dip.dipId();
        this.spIsPeriodEnd = !"start".equalsIgnoreCase(properties.spConvention());
        this.meters = meters;
    }

    /** The outcome of a batch: MPAN-days looked at, IF-021 sent, unchanged (not re-sent), skipped (not ours). */
    public record Result(int days, int sent, int unchanged, int skipped) {
        Result plus(Result other) {
            return new Result(days + other.days, sent + other.sent, unchanged + other.unchanged,
                    skipped + other.skipped);
        }
    }

    /** Processes {@code mpans} for {@code date} and removes them from {@code pending_day}. */
    public Result process(LocalDate date, List<Long> mpans) {
        Long[] ids = mpans.toArray(Long[]::new);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (date.plusDays(properties.rfCutoffDays()).isBefore(today)) {
            inputs.done(ids, date);
            return new Result(mpans.size(), 0, 0, mpans.size());
        }
        Map<Long, MpanFactStore.Appointment> appointments = facts.appointmentsOn(mpans, date);
        List<Long> ours = mpans.stream().filter(appointments::containsKey).toList();
        Long[] ourIds = ours.toArray(Long[]::new);
        Map<Long, MpanSnapshot> snapshots = facts.snapshots(ours, date);
        var intervals = inputs.intervals(ourIds, date);
        var advances = inputs.dailyAdvances(ourIds, date);
        var multiDay = inputs.multiDayAdvances(ourIds, date, MAX_ADVANCE_DAYS);
        var amendments = inputs.amendments(ourIds, date);
        var inventoryItems = inputs.inventories(ourIds, date);
        var sent = inputs.sent(ourIds, date);
        LoadShapes.DateShapes dateShapes = shapes.forDate(date);
        Map<LocalDate, LoadShapes.DateShapes> otherDates = new HashMap<>(Map.of(date, dateShapes));

        List<Outbound.Draft> drafts = new ArrayList<>();
        List<Object[]> sentRows = new ArrayList<>();
        int unchanged = 0;
        for (Long mpan : ours) {
            MpanSnapshot snapshot = snapshots.get(mpan);
            if (snapshot == null) {
                continue; // appointed but no M0 yet: nothing we could address an IF-021 with
            }
            MpanFactStore.Appointment appointment = appointments.get(mpan);
            Segment segment = segment(appointment.role());
            String connectionType = connectionType(snapshot, segment);
            LocalDate connectionTypeFrom = snapshot.from(Fact.CONNECTION_TYPE) != null
                    ? snapshot.from(Fact.CONNECTION_TYPE) : appointment.from();
            Map<String, BigDecimal[]> days = intervals.getOrDefault(mpan, Map.of());
            for (String mq : quantities(segment, snapshot, days)) {
                List<PeriodValue> periods;
                JsonNode items = inventoryItems.get(mpan);
                if (segment == Segment.UNMETERED && items != null) {
                    periods = inventories.day(snapshot.gspGroup(), date, items);
                } else {
                    MpanDayFacts dayFacts = dayFacts(segment, connectionType, snapshot);
                    boolean active = mq.equals("AI") || mq.equals("AE");
                    var category = new LoadShapeCategory(snapshot.gspGroup(), connectionType, segment.code(),
                            domestic(snapshot), mq);
                    BigDecimal advance = active ? advances.get(mpan) : null;
                    DayInputs.MultiDayAdvance span = active && advance == null ? multiDay.get(mpan) : null;
                    MeterDay meterDay = new MeterDay(date, days.get(mq + "/MAIN"), days.get(mq + "/CHECK"), advance,
                            span == null ? null : share(span, date, category, otherDates));
                    var shape = dateShapes.choose(category).shape();
                    DayOutcome outcome = processor.process(dayFacts, meterDay, shape);
                    periods = outcome.periods();
                    outcome.qualityCounts().forEach((q, n) -> meters.counter("ds.periods", "q", q).increment(n));
                }
                DayInputs.Amended amended = amendments.getOrDefault(mpan, Map.of()).get(mq);
                if (amended != null) {
                    periods = Amending.overlay(periods, amended.kwh(), amended.arc());
                }
                long hash = ContentHash.of(periods);
                long[] previous = sent.getOrDefault(mpan, Map.of()).get(mq);
                if (previous != null && previous[0] == hash) {
                    unchanged++;
                    continue;
                }
                List<String> recipients = new ArrayList<>(List.of(properties.mdsDipId(), properties.lssDipId()));
                if (appointment.supplierDipId() != null) {
                    recipients.add(appointment.supplierDipId());
                }
                if (snapshot.distributorDipId() != null) {
                    recipients.add(snapshot.distributorDipId());
                }
                drafts.add(new Outbound.Draft(segment.role(), "IF-021", If021Document.eventCode(mq), recipients,
                        new M0(String.format("%013d", mpan), snapshot.distributorDipId(), snapshot.gspGroup()), null,
                        If021Document.customBlock(ourDipId, connectionType, connectionTypeFrom, mq, date, periods,
                                spIsPeriodEnd)));
                sentRows.add(new Object[] {mpan, Date.valueOf(date), mq, hash,
                        previous == null ? 1 : (int) previous[1] + 1, total(periods), null});
            }
        }
        // sent_day is this service's record of every IF-021 it sent (with the reference), so no process_message rows
        List<DipMessage> messages = outbound.sendAll(drafts, false);
        for (int i = 0; i < messages.size(); i++) {
            sentRows.get(i)[6] = messages.get(i).payload().commonBlock().s1().senderUniqueReference();
        }
        inputs.recordSent(sentRows);
        inputs.done(ids, date);
        meters.counter("ds.if021.sent").increment(messages.size());
        meters.counter("ds.if021.unchanged").increment(unchanged);
        return new Result(mpans.size(), messages.size(), unchanged, mpans.size() - ours.size());
    }

    /** The part of a multi-day advance that falls on {@code date}, apportioned by each day's load shape. */
    private BigDecimal share(DayInputs.MultiDayAdvance span, LocalDate date, LoadShapeCategory category,
                             Map<LocalDate, LoadShapes.DateShapes> byDate) {
        List<LoadShape> dayShapes = new ArrayList<>();
        for (LocalDate d = span.from(); d.isBefore(span.to()); d = d.plusDays(1)) {
            dayShapes.add(byDate.computeIfAbsent(d, shapes::forDate).choose(category).shape());
        }
        return AdvanceApportionment.shares(span.kwh(), dayShapes)[(int) (date.toEpochDay() - span.from().toEpochDay())];
    }

    private static Segment segment(String role) {
        return switch (role) {
            case "ADS" -> Segment.ADVANCED;
            case "UMSDS" -> Segment.UNMETERED;
            default -> Segment.SMART;
        };
    }

    private static String connectionType(MpanSnapshot snapshot, Segment segment) {
        String known = snapshot.value(Fact.CONNECTION_TYPE);
        return known != null ? known : segment == Segment.UNMETERED ? "U" : "W";
    }

    private static String domestic(MpanSnapshot snapshot) {
        String value = snapshot.value(Fact.DOMESTIC);
        return value == null ? "" : value;
    }

    /**
     * Active import always (active export for an export MPAN, known from IF-036 B023); reactive quantities for an
     * advanced MPAN when its meter data carries them.
     */
    private static List<String> quantities(Segment segment, MpanSnapshot snapshot, Map<String, BigDecimal[]> days) {
        String active = "E".equals(snapshot.value(Fact.ENERGY_DIRECTION)) ? "AE" : "AI";
        if (segment != Segment.ADVANCED) {
            return List.of(active);
        }
        List<String> result = new ArrayList<>(List.of(active));
        for (String reactive : List.of("RI", "RE")) {
            if (days.containsKey(reactive + "/MAIN") || days.containsKey(reactive + "/CHECK")) {
                result.add(reactive);
            }
        }
        return result;
    }

    private static MpanDayFacts dayFacts(Segment segment, String connectionType, MpanSnapshot snapshot) {
        return new MpanDayFacts(segment, connectionType, !"D".equals(snapshot.value(Fact.ENERGISATION)), false,
                snapshot.value(Fact.CONSENT), snapshot.flag(Fact.VACANT), snapshot.flag(Fact.REMOTE_DISABLED),
                decimal(snapshot.value(Fact.AC)), decimal(snapshot.value(Fact.SNAC)), snapshot.from(Fact.SNAC));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static BigDecimal total(List<PeriodValue> periods) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PeriodValue p : periods) {
            sum = sum.add(p.kwh());
        }
        return sum;
    }
}
