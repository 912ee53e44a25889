package uk.mhhs.localsuite.demo;

import uk.mhhs.localsuite.RunningSuite;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Plays one synthetic market day through a running suite, phase by phase, and answers what happened: the market
 * registered and announced, its meter data read and processed into IF-021, validated and shaped, the day settled by
 * MDS and VAS against a made-up GSP Group Take, and the checks on the result. Usable from tests as well as the suite.
 */
public final class MarketDay {

    private final DemoSettings settings;
    private final PrintStream out;

    public MarketDay(DemoSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public DayResult play(RunningSuite suite) {
        long started = System.nanoTime();
        LocalDate date = settings.settlementDate();
        out.printf("%nDemo market day %s: %,d MPANs (seed %d)%n", date, settings.mpans(), settings.seed());
        Progress progress = new Progress(out, settings.phaseTimeout());
        SuiteClient client = new SuiteClient(suite);
        MessageCounts counts = new MessageCounts(client, suite);
        Map<String, Map<String, Long>> gatewayBefore = counts.gateway();

        List<SyntheticMpan> market = progress.phase("generate the market", () -> MarketGenerator.generate(
                settings.mpans(), settings.seed()), m -> describe(m));
        List<MeterReadings.Day> readings = MeterReadings.generate(market, settings.seed());
        // IF-021 and MDS's intake are counted from before the registration: the data service starts sending as
        // soon as the first MPANs are announced to it
        Shaping shaping = new Shaping(client, counts, progress);
        Map<String, Double> intakeBefore = shaping.intakeSoFar();
        Reading reading = new Reading(client, counts, progress);
        Reading.Baseline if021Before = reading.baseline();
        Registering.Outcome registration = new Registering(client, counts, progress).register(market,
                settings.registeredFrom());
        Reading.Outcome read = reading.read(market, readings, date, settings.registeredFrom(), if021Before);
        Shaping.Outcome shaped = shaping.shape(date, intakeBefore, read.if021Delivered());
        Allocating.Outcome allocation = new Allocating(client, progress).allocate(date, settings.seed());
        Map<String, Map<String, Long>> messages = MessageCounts.difference(gatewayBefore, counts.gateway());
        List<DayChecks.Check> checks = DayChecks.check(allocation.take(), allocation.bmUnitVolumes(),
                allocation.correctionFactors());
        DayResult result = new DayResult(date, settings.seed(), market, readings, registration, read, shaped,
                allocation, messages, checks, progress.phases(), (System.nanoTime() - started) / 1e9);
        out.print(DayReport.render(result));
        out.flush();
        return result;
    }

    private static String describe(List<SyntheticMpan> market) {
        long smart = market.stream().filter(m -> m.segment() == 'S').count();
        long advanced = market.stream().filter(m -> m.segment() == 'A').count();
        long deEnergised = market.stream().filter(m -> !m.energised()).count();
        long noConsent = market.stream().filter(m -> m.consent() != 'H').count();
        long noDs = market.stream().filter(m -> !m.dataService()).count();
        return String.format("%,d smart, %,d advanced, %,d unmetered; %,d de-energised, %,d no consent, %,d no DS",
                smart, advanced, market.size() - smart - advanced, deEnergised, noConsent, noDs);
    }
}
