package uk.mhhs.systemtests;

import static uk.mhhs.systemtests.SuiteHome.deleteRecursively;
import static uk.mhhs.systemtests.SuiteHome.freePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import uk.mhhs.localsuite.LocalSuite;
import uk.mhhs.localsuite.LocalSuiteProperties;
import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.demo.DayResult;
import uk.mhhs.localsuite.demo.DemoSettings;
import uk.mhhs.localsuite.demo.MarketDay;
import uk.mhhs.localsuite.demo.SyntheticMpan;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.systemtests.ops.PrometheusQueries;
import uk.mhhs.systemtests.ops.RefusedPost;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo market day on the whole local suite (every service, embedded PostgreSQL and Kafka), at 600 MPANs, and
 * what must come of it worked out here from the generator's market and the rules in the services' READMEs.
 *
 * <p>One suite start for the class: {@link #running} and {@link #day} stay available to later checks. To add one
 * (e.g. Prometheus against the services after the day), add a test method with {@code @Order(2)} or higher: the
 * day is played by {@code @Order(1)}, and the suite stops in {@link #stopTheSuite()} after every test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoMarketDaySystemTest {

    static final int MPANS = 600;
    static final long SEED = 11;

    static LocalSuite suite;
    static RunningSuite running;
    static LocalSuiteProperties properties;
    /** The day played by {@link #theDaySettlesToTheTake()}; null before it. */
    static DayResult day;

    @BeforeAll
    static void startTheSuite() throws Exception {
        Path home = Path.of(System.getProperty("system-tests.work-dir", "target/system-tests"))
                .toAbsolutePath().resolve("demo-suite-home");
        deleteRecursively(home);
        Files.createDirectories(home);
        Map<String, String> settings = new HashMap<>();
        settings.put("local-suite.project-dir", System.getProperty("system-tests.project-dir", ".."));
        settings.put("local-suite.build-dir", System.getProperty("system-tests.build-dir", "target"));
        settings.put("local-suite.project-version", System.getProperty("system-tests.project-version"));
        settings.put("local-suite.home", home.toString());
        settings.put("local-suite.gateway-scheme", "https");
        settings.put("local-suite.startup-timeout", Duration.ofMinutes(5).toString());
        settings.put("local-suite.postgres-port", freePort());
        settings.put("local-suite.kafka-port", freePort());
        settings.put("local-suite.kafka-controller-port", freePort());
        settings.put("local-suite.gateway-management-port", freePort());
        for (SuiteService service : SuiteService.inStartOrder()) {
            settings.put("local-suite.ports." + service.module(), freePort());
        }
        properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("local-suite", LocalSuiteProperties.class);
        suite = new LocalSuite(properties);
        running = suite.start();
        assertThat(running.allUp()).as("every service UP; logs in %s", properties.logDirectory()).isTrue();
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void theDaySettlesToTheTake() throws IOException {
        day = new MarketDay(new DemoSettings(MPANS, null, SEED, Duration.ofMinutes(8)), System.out).play(running);

        List<SyntheticMpan> market = day.market();
        long withDataService = market.stream().filter(SyntheticMpan::dataService).count();
        // registration announces every migrated MPAN (IF-001) and every DS appointment (IF-036), once each
        assertThat(accepted("IF-001")).isEqualTo(MPANS);
        assertThat(accepted("IF-036")).isEqualTo(withDataService);
        // the data service sends one IF-021 (AI) per MPAN it is appointed for: read, estimated, unmetered or zeros
        assertThat(accepted("IF-021")).isEqualTo(withDataService);
        assertThat(day.messages().values()).allSatisfy(outcomes -> assertThat(outcomes).containsOnlyKeys("accepted"));

        // MDS defaults the energised MPANs it got no IF-021 for (no DS appointed); de-energised ones count as zero
        long energisedWithoutDs = market.stream().filter(m -> !m.dataService() && m.energised()).count();
        long withoutDs = MPANS - withDataService;
        assertThat(day.allocation().mdsRun().path("mpans").asLong()).isEqualTo(MPANS);
        assertThat(day.allocation().mdsRun().path("defaultedMpans").asLong()).isBetween(energisedWithoutDs, withoutDs);

        Map<String, BigDecimal> weights = scalingWeights();
        Map<String, Map<Integer, BigDecimal[]>> sums = new HashMap<>(); // group → period → {ΣC, ΣW·C}
        for (JsonNode a : day.allocation().mdsAggregates()) {
            BigDecimal c = a.path("kwh").decimalValue();
            BigDecimal[] s = sums.computeIfAbsent(a.path("gspGroup").asString(), g -> new HashMap<>())
                    .computeIfAbsent(a.path("period").asInt(), p -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(c);
            s[1] = s[1].add(c.multiply(weights.get(a.path("cccId").asString())));
        }
        Map<String, Map<Integer, BigDecimal>> take = day.allocation().take();
        assertThat(take).hasSize(14);
        for (JsonNode f : day.allocation().correctionFactors()) {
            String group = f.path("gspGroup").asString();
            int period = f.path("period").asInt();
            BigDecimal[] s = sums.get(group).get(period);
            BigDecimal gspgt = take.get(group).get(period);
            // the take is the metered total × the group's factor (1.010–1.050), so a few percent above it
            assertThat(gspgt.divide(s[0], MathContext.DECIMAL64)).isBetween(new BigDecimal("1.0099"),
                    new BigDecimal("1.0501"));
            // VAS README: CF = 1 + (GSPGT − ΣC) / ΣW·C (with every weight 1: GSPGT / ΣC)
            BigDecimal cf = BigDecimal.ONE.add(gspgt.subtract(s[0]).divide(s[1], MathContext.DECIMAL128));
            assertThat(f.path("factor").decimalValue()).as("%s SP%d", group, period)
                    .isCloseTo(cf, org.assertj.core.data.Offset.offset(new BigDecimal("1e-9")));
        }
        assertThat(day.allocation().correctionFactors().size()).isEqualTo(14 * take.get("_A").size());

        // Σ BM unit allocated volumes = GSPGT per group and period, to the API's 3 dp per BM unit
        Map<String, Map<Integer, BigDecimal>> allocated = new HashMap<>();
        Map<String, Long> units = new HashMap<>();
        for (JsonNode v : day.allocation().bmUnitVolumes()) {
            allocated.computeIfAbsent(v.path("gspGroup").asString(), g -> new HashMap<>())
                    .merge(v.path("period").asInt(), v.path("corrected").decimalValue(), BigDecimal::add);
        }
        day.allocation().bmUnitVolumes().forEach(v -> units.merge(v.path("gspGroup").asString() + "|"
                + v.path("bmUnitId").asString(), 1L, Long::sum));
        take.forEach((group, periods) -> {
            long bmUnits = units.keySet().stream().filter(k -> k.startsWith(group + "|")).count();
            periods.forEach((period, gspgt) -> assertThat(allocated.get(group).get(period)).as("%s SP%d", group, period)
                    .isCloseTo(gspgt, org.assertj.core.data.Offset.offset(new BigDecimal("0.0005")
                            .multiply(BigDecimal.valueOf(bmUnits)))));
        });
        assertThat(day.completed()).as("the demo's own checks: %s", day.checks()).isTrue();
    }

    /**
     * The operations stack after the day: every Grafana panel's and alert's query returns series from a real
     * Prometheus scraping the suite ({@link PrometheusQueries}; system-tests README, "Operations queries"). The day
     * has no rejected message, so one refused post is added for the "Rejections by code" panel.
     */
    @Test
    @Order(2)
    void everyDashboardPanelAndAlertQueryReturnsSeriesAfterTheDay() throws Exception {
        assertThat(day).as("the day was played").isNotNull();
        RefusedPost.send(running);

        PrometheusQueries.Result result = PrometheusQueries.checkAll(running, properties.projectDirectory(),
                Path.of(System.getProperty("system-tests.work-dir", "target/system-tests")).toAbsolutePath()
                        .resolve("demo-prometheus"));

        // 7 applications + postgres-exporter; the query counts only show the files were read (each query's
        // assertion is inside the check)
        assertThat(result.targets()).isEqualTo(8);
        assertThat(result.dashboardQueries()).isGreaterThan(50);
        assertThat(result.alertQueries()).isGreaterThan(10);
    }

    /** Messages of an interface the gateway accepted during the day. */
    private static long accepted(String interfaceId) {
        return day.messages().getOrDefault(interfaceId, Map.of()).getOrDefault("accepted", 0L);
    }

    /** ISD seed: consumption component class → GSP Group Correction scaling weight. */
    private static Map<String, BigDecimal> scalingWeights() throws IOException {
        Path csv = properties.projectDirectory().resolve(
                "industry-standing-data/src/main/resources/isd/seed/consumption-component-class.csv");
        Map<String, BigDecimal> weights = new HashMap<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",");
            weights.put(f[0], new BigDecimal(f[7]));
        }
        return weights;
    }
}
