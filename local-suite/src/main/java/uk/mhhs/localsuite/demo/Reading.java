package uk.mhhs.localsuite.demo;

import tools.jackson.databind.JsonNode;
import uk.mhhs.localsuite.services.SuiteService;

import java.time.LocalDate;
import java.util.List;

/**
 * The day's meter data to the data service as the DCC / collectors send it (its meter-data API, batches of
 * {@value #BATCH} MPANs), the UMSO inventories of the unmetered MPANs, then the data service's processing run for the
 * date (validation, estimation of the gaps, IF-021 per MPAN) and the IF-021 delivered to MDS and LSS.
 */
public final class Reading {

    static final int BATCH = 500;

    /** What was sent and produced; {@code if021Delivered} counts every IF-021 of the day, estimates re-sent too. */
    public record Outcome(int readingDays, long periodsSent, int inventories, long if021Delivered) {
    }

    /**
     * IF-021 counts taken before the market is registered: the data service's ticker sends IF-021 (estimates) for
     * the first MPANs announced while the rest are still being announced, so a count from any later point misses
     * them.
     */
    public record Baseline(long accepted, long mds, long lss) {
    }

    /** How long the IF-021 counts must stay still, with nothing left queued, to call the day's IF-021 all sent. */
    static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(12);

    private final SuiteClient client;
    private final MessageCounts counts;
    private final Progress progress;

    Reading(SuiteClient client, MessageCounts counts, Progress progress) {
        this.client = client;
        this.counts = counts;
        this.progress = progress;
    }

    Baseline baseline() {
        return new Baseline(counts.accepted("IF-021"), counts.received(SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-021"),
                counts.received(SuiteService.LOAD_SHAPING_SERVICE, "IF-021"));
    }

    Outcome read(List<SyntheticMpan> market, List<MeterReadings.Day> days, LocalDate date, LocalDate from,
                 Baseline before) {
        List<SyntheticMpan> unmetered = market.stream().filter(m -> m.dataService() && !m.metered()).toList();
        progress.phase("data service: unmetered inventories", () -> {
            for (SyntheticMpan m : unmetered) {
                client.put(SuiteService.DATA_SERVICE, "/data-service/v1/unmetered/" + m.mpanCore() + "/inventory",
                        UnmeteredInventories.body(m, from));
            }
            return unmetered.size();
        }, n -> String.format("%,d UMSO inventories", n));
        long periods = progress.phase("data service: meter data", () -> {
            long stored = 0;
            for (int i = 0; i < days.size(); i += BATCH) {
                List<MeterReadings.Day> batch = days.subList(i, Math.min(days.size(), i + BATCH));
                client.post(SuiteService.DATA_SERVICE, "/data-service/v1/meter-data", "application/json",
                        MeterReadings.body(batch, date));
                stored += batch.stream().mapToInt(MeterReadings.Day::presentPeriods).sum();
            }
            return stored;
        }, n -> String.format("%,d MPAN-days, %,d periods (%,d missing)", days.size(), n, 48L * days.size() - n));

        // every MPAN our data service is appointed for gets one IF-021 (AI) for the day: read, estimated or zeros
        long expected = market.stream().filter(SyntheticMpan::dataService).count();
        JsonNode run = progress.phase("data service: processing run", () -> client.post(SuiteService.DATA_SERVICE,
                "/data-service/v1/processing/runs?date=" + date, "application/json", null),
                r -> String.format("%,d MPAN-days queued, %,d IF-021 sent by this call (the rest by its ticker)", r.path("queued").asLong(),
                        r.path("sent").asLong()));
        long delivered = progress.phase("IF-021 delivered to MDS and LSS", () -> {
            progress.await("MDS and LSS to receive at least " + expected + " IF-021", () -> Math.min(
                    since(before).mds(), since(before).lss()), n -> n >= expected);
            return progress.await("the data service to have nothing queued and every IF-021 it sent delivered, with "
                    + "no new one for " + SETTLED.toSeconds() + " s", new Settling(before), Settling.State::settled)
                    .accepted();
        }, n -> String.format("%,d IF-021 through the gateway", n));
        return new Outcome(days.size(), periods, unmetered.size(), delivered);
    }

    private Baseline since(Baseline before) {
        Baseline now = baseline();
        return new Baseline(now.accepted() - before.accepted(), now.mds() - before.mds(), now.lss() - before.lss());
    }

    /**
     * Each reading drains the data service's queue (what its ticker has not claimed) and compares the IF-021 the
     * gateway accepted with what MDS and LSS received; the day's IF-021 are all through once nothing was left to
     * drain and the counts have agreed, unchanged, for {@link #SETTLED} (a ticker batch in flight commits well within it).
     */
    private final class Settling implements java.util.function.Supplier<Settling.State> {

        record State(long accepted, boolean settled) {
        }

        private final Baseline before;
        private Baseline last;
        private long stillSince;

        Settling(Baseline before) {
            this.before = before;
        }

        @Override
        public State get() {
            long drained = client.post(SuiteService.DATA_SERVICE, "/data-service/v1/processing/runs", "application/json",
                    null).path("days").asLong();
            Baseline now = since(before);
            boolean agreed = drained == 0 && now.mds() == now.accepted() && now.lss() == now.accepted();
            if (!agreed || !now.equals(last)) {
                last = now;
                stillSince = System.nanoTime();
            }
            return new State(now.accepted(), agreed && System.nanoTime() - stillSince >= SETTLED.toNanos());
        }
    }
}
