package uk.mhhs.mds.annual;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.facts.MpanFacts;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.schedule.DailyJob;
import uk.mhhs.mds.MdsProperties;
import uk.mhhs.mds.registration.Fact;
import uk.mhhs.mds.rules.AnnualConsumption;
import uk.mhhs.mds.rules.AnnualConsumptionCalculator;
import uk.mhhs.mds.rules.DailyTotal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The monthly annual consumption (IF-040), a kit daily job that works only on the 1st of a month, after
 * {@code mhhs.mds.annual-consumption-at} (UK time, default 03:00); on other days it does nothing. For every MPAN
 * registered on the 1st, the last 12 months of its current consumption up to the day before (its measurement
 * quantity: AE when it exports, else AI) as daily totals by origin go through {@link AnnualConsumptionCalculator}
 * — with the registered AC (IF-001 B027) as the default when it has no data — and one IF-040 effective from the 1st
 * goes out ({@link AnnualConsumptionNotices}). MPANs are read, calculated and sent {@value #CHUNK} at a time, so memory
 * does not grow with the market; all of it is the scheduler's one transaction (its {@code daily_run} guard), so a
 * failure sends nothing and the job runs again at the next tick.
 */
@Component
class AnnualConsumptionJob implements DailyJob {

    private static final Logger LOG = LoggerFactory.getLogger(AnnualConsumptionJob.class);
    static final int CHUNK = 1_000;

    private final ConsumptionHistory history;
    private final MpanFacts facts;
    private final AnnualConsumptionNotices notices;
    private final Outbound outbound;
    private final LocalTime notBefore;

    AnnualConsumptionJob(ConsumptionHistory history, MpanFacts facts, AnnualConsumptionNotices notices,
                         Outbound outbound, MdsProperties properties) {
        this.history = history;
        this.facts = facts;
        this.notices = notices;
        this.outbound = outbound;
        this.notBefore = properties.annualConsumptionAt();
    }

    @Override
    public String name() {
        return "mds-annual-consumption";
    }

    @Override
    public LocalTime notBefore() {
        return notBefore;
    }

    @Override
    public String run(LocalDate today) {
        if (today.getDayOfMonth() != 1) {
            return "not the 1st of a month";
        }
        LocalDate lastDate = today.minusDays(1);
        LocalDate firstDate = lastDate.minusYears(1).plusDays(1);
        int mpans = 0;
        int sent = 0;
        long after = -1;
        while (true) {
            List<Long> chunk = history.registered(today, after, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            after = chunk.get(chunk.size() - 1);
            mpans += chunk.size();
            Map<Long, Map<String, MpanFacts.Dated>> known = facts.asAt(chunk, today);
            Map<String, List<DailyTotal>> totals = history.dailyTotals(chunk, firstDate, lastDate);
            List<Outbound.Draft> drafts = new ArrayList<>(chunk.size());
            for (Long mpan : chunk) {
                Map<String, MpanFacts.Dated> f = known.getOrDefault(mpan, Map.of());
                String mq = "E".equals(value(f, Fact.ENERGY_DIRECTION)) ? "AE" : "AI";
                String registeredAc = value(f, Fact.ANNUAL_CONSUMPTION);
                AnnualConsumption ac = AnnualConsumptionCalculator.calculate(
                        totals.getOrDefault(mpan + "/" + mq, List.of()), lastDate,
                        registeredAc == null ? null : new BigDecimal(registeredAc));
                notices.draft(mpan, f, ac, today).ifPresent(drafts::add);
            }
            if (!drafts.isEmpty()) {
                outbound.sendAll(drafts);
            }
            sent += drafts.size();
        }
        LOG.info("annual consumption {}: {} MPANs, {} IF-040 sent", today, mpans, sent);
        return mpans + " MPANs, " + sent + " IF-040";
    }

    private static String value(Map<String, MpanFacts.Dated> facts, Fact fact) {
        MpanFacts.Dated d = facts.get(fact.name());
        return d == null || d.value() == null || d.value().isBlank() ? null : d.value();
    }
}
