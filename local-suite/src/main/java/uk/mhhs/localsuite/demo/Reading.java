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

    /** What was sent and produced. */
    public record Outcome(int readingDays, long periodsSent, int inventories, long if021Expected) {
    }

    private final SuiteClient client;
    private final MessageCounts counts;
    private final Progress progress;

    Reading(SuiteClient client, MessageCounts counts, Progress progress) {
        this.client = client;
        this.counts = counts;
        this.progress = progress;
    }

    Outcome read(List<SyntheticMpan> market, List<MeterReadings.Day> days, LocalDate date, LocalDate from) {
        List<SyntheticMpan> unmetered = market.stream().filter(m -> m.dataService() && !m.metered()).toList();
        // counted from before the meter data: the data service's ticker processes the days it touches at once
        long mdsBefore = counts.received(SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-021");
        long lssBefore = counts.received(SuiteService.LOAD_SHAPING_SERVICE, "IF-021");
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
        progress.phase("IF-021 delivered to MDS and LSS", () -> {
            progress.await("MDS to receive " + expected + " IF-021", () -> counts.received(
                    SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-021") - mdsBefore, n -> n >= expected);
            progress.await("LSS to receive " + expected + " IF-021", () -> counts.received(
                    SuiteService.LOAD_SHAPING_SERVICE, "IF-021") - lssBefore, n -> n >= expected);
            return expected;
        }, n -> String.format("%,d IF-021 through the gateway", n));
        return new Outcome(days.size(), periods, unmetered.size(), expected);
    }
}
