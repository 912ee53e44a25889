package uk.mhhs.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.localsuite.LocalSuite;
import uk.mhhs.localsuite.LocalSuiteProperties;
import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.systemtests.ops.PrometheusQueries;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations stack against the whole local suite: after some traffic, a real Prometheus scrapes every service and
 * Debian's postgres-exporter, and every dashboard panel's and alert's query must return series
 * ({@link PrometheusQueries}). The traffic makes the event-born series exist: ISD's first distribution (IF-047 PUBs
 * through dip.submissions to every service: messages accepted, PUBs processed, consumer lag), a post without an API
 * key (refused HTTP401: a rejection code), and a VAS SF run of 2026-11-20 on an uploaded GSP Group Take (run phases,
 * runs finished, correction factors).
 */
class OperationsQueriesSystemTest {

    private static final Logger log = LoggerFactory.getLogger(OperationsQueriesSystemTest.class);

    static final Duration START_UP = Duration.ofMinutes(5);
    static final String MDS_TOKEN = "system-test-mds-operator";
    static final String VAS_TOKEN = "system-test-vas-operator";
    static final LocalDate SETTLEMENT_DATE = LocalDate.parse("2026-11-20");
    /** The 14 GSP groups (VAS README, "GSP Group Take"). */
    static final List<String> GSP_GROUPS = List.of("_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K", "_L",
            "_M", "_N", "_P");

    static Path work;
    static LocalSuite suite;
    static RunningSuite running;
    static HttpClient http;

    @BeforeAll
    static void startTheSuite() throws Exception {
        work = Path.of(System.getProperty("system-tests.work-dir", "target/system-tests")).toAbsolutePath()
                .resolve("operations");
        deleteRecursively(work);
        Path home = work.resolve("suite-home");
        Files.createDirectories(home);

        Map<String, String> settings = new HashMap<>();
        settings.put("local-suite.project-dir", System.getProperty("system-tests.project-dir", ".."));
        settings.put("local-suite.build-dir", System.getProperty("system-tests.build-dir", "target"));
        settings.put("local-suite.project-version", System.getProperty("system-tests.project-version"));
        settings.put("local-suite.home", home.toString());
        settings.put("local-suite.gateway-scheme", "https");
        settings.put("local-suite.startup-timeout", START_UP.toString());
        settings.put("local-suite.postgres-port", freePort());
        settings.put("local-suite.kafka-port", freePort());
        settings.put("local-suite.kafka-controller-port", freePort());
        settings.put("local-suite.gateway-management-port", freePort());
        for (SuiteService service : SuiteService.inStartOrder()) {
            settings.put("local-suite.ports." + service.module(), freePort());
        }
        settings.put("local-suite.environment.market-wide-data-service.[MDS_OPERATOR_TOKEN]", MDS_TOKEN);
        settings.put("local-suite.environment.volume-allocation-service.[MDS_OPERATOR_TOKEN]", MDS_TOKEN);
        settings.put("local-suite.environment.volume-allocation-service.[VAS_OPERATOR_TOKEN]", VAS_TOKEN);
        // ISD distributes its seed at its first tick (default a minute after start)
        settings.put("local-suite.environment.industry-standing-data.[MHHS_ISD_DISTRIBUTION_INTERVAL]", "PT2S");
        LocalSuiteProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("local-suite", LocalSuiteProperties.class);

        suite = new LocalSuite(properties);
        running = suite.start();
        assertThat(running.allUp()).as("every service UP; logs in %s", properties.logDirectory()).isTrue();
        http = HttpClient.newBuilder().sslContext(trusting(home.resolve("dip-gateway").resolve("dev-keystore.p12")))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void every_dashboard_panel_and_alert_query_returns_series_from_the_running_suite() throws Exception {
        postWithoutApiKey();
        runVas();

        PrometheusQueries.Result result = PrometheusQueries.checkAll(running,
                Path.of(System.getProperty("system-tests.project-dir", "..")).toAbsolutePath().normalize(),
                work.resolve("prometheus"));

        // 7 applications + postgres-exporter; the counts only show the check read the files (the assertions are in it)
        assertThat(result.targets()).isEqualTo(8);
        assertThat(result.dashboardQueries()).isGreaterThan(50);
        assertThat(result.alertQueries()).isGreaterThan(10);
    }

    /** A participant's post without its API key: refused before validation, counted under code HTTP401. */
    private static void postWithoutApiKey() throws Exception {
        URI channel = URI.create(running.baseUrl(SuiteService.DIP_GATEWAY).toString().replaceAll("/+$", "")
                + "/dip-channel/IF-021");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(channel)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
    }

    /**
     * Uploads a GSP Group Take of 1,000 kWh in every group and period of {@link #SETTLEMENT_DATE} (48 periods: no
     * clock change in November) and runs SF for the date, which must publish.
     */
    private static void runVas() throws Exception {
        String vas = running.baseUrl(SuiteService.VOLUME_ALLOCATION_SERVICE).toString().replaceAll("/+$", "");
        StringBuilder take = new StringBuilder("settlement_date,gsp_group,settlement_period,gsp_group_take_kwh\n");
        for (String group : GSP_GROUPS) {
            for (int period = 1; period <= 48; period++) {
                take.append(SETTLEMENT_DATE).append(',').append(group).append(',').append(period).append(",1000.000\n");
            }
        }
        HttpResponse<String> upload = http.send(vasRequest(vas + "/vas/v1/gsp-group-take?fileName=ops-check.csv")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(take.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isBetween(200, 201);

        HttpResponse<String> requested = http.send(vasRequest(vas + "/vas/v1/runs")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"settlementDate\":\"" + SETTLEMENT_DATE + "\",\"runType\":\"SF\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        String id = JsonMapper.shared().readTree(requested.body()).path("id").asString();
        String state = await("VAS run " + id + " over").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).until(() -> runState(vas, id),
                        s -> s.equals("PUBLISHED") || s.equals("FAILED") || s.equals("CANCELLED"));
        log.info("VAS run {} ended {}", id, state);
        assertThat(state).as("the SF run of %s", SETTLEMENT_DATE).isEqualTo("PUBLISHED");
    }

    private static String runState(String vas, String id) throws Exception {
        HttpResponse<String> run = http.send(vasRequest(vas + "/vas/v1/runs/" + id).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonMapper.shared().readTree(run.body()).path("state").asString();
    }

    private static HttpRequest.Builder vasRequest(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-VAS-Operator-Token", VAS_TOKEN)
                .timeout(Duration.ofMinutes(1));
    }

    /** Trusts exactly the gateway's generated development certificate. */
    private static SSLContext trusting(Path devKeyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        await("the gateway's development key store").atMost(START_UP).until(() -> Files.isRegularFile(devKeyStore));
        try (InputStream in = Files.newInputStream(devKeyStore)) {
            store.load(in, "development-only".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
