package uk.mhhs.localsuite.demo;

import tools.jackson.databind.JsonNode;
import uk.mhhs.localsuite.services.SuiteService;

import java.time.LocalDate;
import java.util.List;

/**
 * Registers the market through registration's migration import, then has registration announce it (IF-001
 * [InitialRegistration] to MDS, IF-036 [DSAppActive] to the data service and MDS: the import alone sends nothing, so
 * neither would ever hear of a migrated MPAN), and waits until the data service and MDS have received every message.
 */
public final class Registering {

    /** What registration did: the migration run, MPANs loaded, messages sent. */
    public record Outcome(long migrationId, long loaded, long initialRegistrations, long appointments) {
    }

    private final SuiteClient client;
    private final MessageCounts counts;
    private final Progress progress;

    Registering(SuiteClient client, MessageCounts counts, Progress progress) {
        this.client = client;
        this.counts = counts;
        this.progress = progress;
    }

    Outcome register(List<SyntheticMpan> market, LocalDate from) {
        JsonNode report = progress.phase("registration: migration import", () -> client.post(
                SuiteService.REGISTRATION_SERVICE, "/registration/v1/migrations?fileName=demo-market.csv", "text/csv",
                MigrationFile.csv(market, from)), r -> String.format("%,d MPANs loaded, %,d rejected, %,d already held",
                r.path("loaded").asLong(), r.path("rejected").asLong(), r.path("alreadyRegistered").asLong()));
        if (report.path("rejected").asLong() > 0) {
            throw new DemoFailure("the migration import rejected rows: " + report.path("rejections"));
        }
        if (report.path("loaded").asLong() != market.size()) {
            throw new DemoFailure("the migration import loaded " + report.path("loaded").asLong() + " of "
                    + market.size() + " MPANs (the rest already registered): this home has played this market already;"
                    + " delete the suite's home, or choose another --local-suite.demo.seed");
        }
        long id = report.path("id").asLong();
        long if001Before = counts.received(SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-001");
        long if036Before = counts.received(SuiteService.DATA_SERVICE, "IF-036");
        JsonNode sent = progress.phase("registration: announce to the market", () -> announce(id),
                r -> String.format("%,d IF-001 [InitialRegistration], %,d IF-036 [DSAppActive]",
                        r.path("initialRegistrations").asLong(), r.path("dataServiceAppointments").asLong()));
        // what the market needs (a failed call before the last may have announced some MPANs already)
        long if001 = market.size();
        long if036 = market.stream().filter(SyntheticMpan::dataService).count();
        progress.phase("registration: delivered to DS and MDS", () -> {
            progress.await("MDS to receive " + if001 + " IF-001", () -> counts.received(
                    SuiteService.MARKET_WIDE_DATA_SERVICE, "IF-001") - if001Before, n -> n >= if001);
            progress.await("the data service to receive " + if036 + " IF-036", () -> counts.received(
                    SuiteService.DATA_SERVICE, "IF-036") - if036Before, n -> n >= if036);
            return if001 + if036;
        }, n -> String.format("%,d messages through the gateway", n));
        return new Outcome(id, report.path("loaded").asLong(), if001, if036);
    }

    /**
     * Asks registration to announce the run, again while it fails: just after start-up registration may not yet hold
     * ISD's distributors (the LDSO of each message); an announcement sends each MPAN once however often it is asked.
     */
    private JsonNode announce(long migrationId) {
        DemoFailure[] last = new DemoFailure[1];
        JsonNode[] answer = new JsonNode[1];
        progress.await("registration to announce migration run " + migrationId, () -> {
            try {
                answer[0] = client.post(SuiteService.REGISTRATION_SERVICE, "/registration/v1/migrations/" + migrationId
                        + "/announcement", "application/json", null);
                return "announced";
            } catch (DemoFailure e) {
                last[0] = e;
                return e.getMessage();
            }
        }, "announced"::equals);
        return answer[0];
    }
}
