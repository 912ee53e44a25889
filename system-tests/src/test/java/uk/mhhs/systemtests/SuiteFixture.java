package uk.mhhs.systemtests;

import static uk.mhhs.systemtests.SuiteHome.trusting;
import static uk.mhhs.systemtests.SuiteHome.deleteRecursively;
import static uk.mhhs.systemtests.SuiteHome.freePort;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import uk.mhhs.localsuite.LocalSuite;
import uk.mhhs.localsuite.LocalSuiteProperties;
import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.services.SuiteService;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One local suite for a test class: embedded PostgreSQL and Kafka in the test JVM, the chosen services' exec jars in
 * JVMs of their own, free ports, a fresh home under the build directory ({@code target/system-tests/<name>}, deleted
 * when the next run starts, never at the end, so a failure can be looked into), every service's operator token set
 * to {@link #OPERATOR_TOKEN}. Holds what a test talks to the suite with: an HTTPS client trusting the gateway's
 * development certificate, the participants' webhooks, and an {@link Operator} per service.
 */
final class SuiteFixture implements AutoCloseable {

    static final String OPERATOR_TOKEN = "system-test-operator";
    /** Per service; generous: on two busy cores the gateway is ready only minutes after registration is up. */
    static final Duration START_UP = Duration.ofMinutes(10);

    /** Each service's operator header and the environment variable its token is read from. */
    private static final Map<SuiteService, String[]> OPERATOR_HEADERS = Map.of(
            SuiteService.INDUSTRY_STANDING_DATA, new String[] {"X-ISD-Operator-Token", "ISD_OPERATOR_TOKEN"},
            SuiteService.REGISTRATION_SERVICE, new String[] {"X-REG-Operator-Token", "REG_OPERATOR_TOKEN"},
            SuiteService.DATA_SERVICE, new String[] {"X-DS-Operator-Token", "DS_OPERATOR_TOKEN"},
            SuiteService.LOAD_SHAPING_SERVICE, new String[] {"X-LSS-Operator-Token", "LSS_OPERATOR_TOKEN"},
            SuiteService.MARKET_WIDE_DATA_SERVICE, new String[] {"X-MDS-Operator-Token", "MDS_OPERATOR_TOKEN"},
            SuiteService.VOLUME_ALLOCATION_SERVICE, new String[] {"X-VAS-Operator-Token", "VAS_OPERATOR_TOKEN"});

    private final LocalSuite suite;
    private final RunningSuite running;
    private final Path home;
    final HttpClient http;
    final WebhookReceiver webhooks;
    final String gateway;

    private SuiteFixture(LocalSuite suite, RunningSuite running, Path home) throws Exception {
        this.suite = suite;
        this.running = running;
        this.home = home;
        this.gateway = running.baseUrl(SuiteService.DIP_GATEWAY).toString().replaceAll("/+$", "");
        Path gatewayHome = home.resolve("dip-gateway");
        this.http = HttpClient.newBuilder().sslContext(trusting(gatewayHome.resolve("dev-keystore.p12")))
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.webhooks = new WebhookReceiver(gatewayHome.resolve("signing").resolve("gateway-certificate.pem"));
    }

    /**
     * Starts {@code services} (with ISD distributing its seed every 2 s: registration needs it for CSS, MDS and VAS
     * for classes and BM units) and waits until every one is UP.
     *
     * @param name        the home's directory name under the work directory
     * @param environment extra environment per service, e.g. a scheduler switched off
     */
    static SuiteFixture start(String name, List<SuiteService> services,
                              Map<SuiteService, Map<String, String>> environment) throws Exception {
        Path home = Path.of(System.getProperty("system-tests.work-dir", "target/system-tests"))
                .toAbsolutePath().resolve(name);
        deleteRecursively(home); // a fresh database and broker each run; the last run's logs stay until the next
        Files.createDirectories(home);

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("local-suite.project-dir", System.getProperty("system-tests.project-dir", ".."));
        settings.put("local-suite.build-dir", System.getProperty("system-tests.build-dir", "target"));
        settings.put("local-suite.project-version", System.getProperty("system-tests.project-version"));
        settings.put("local-suite.home", home.toString());
        settings.put("local-suite.services", String.join(",", services.stream().map(SuiteService::module).toList()));
        settings.put("local-suite.gateway-scheme", "https");
        settings.put("local-suite.startup-timeout", START_UP.toString());
        settings.put("local-suite.postgres-port", freePort());
        settings.put("local-suite.kafka-port", freePort());
        settings.put("local-suite.kafka-controller-port", freePort());
        for (SuiteService service : services) {
            settings.put("local-suite.ports." + service.module(), freePort());
            String[] operator = OPERATOR_HEADERS.get(service);
            if (operator != null) {
                env(settings, service, operator[1], OPERATOR_TOKEN);
            }
        }
        env(settings, SuiteService.VOLUME_ALLOCATION_SERVICE, "MDS_OPERATOR_TOKEN", OPERATOR_TOKEN); // VAS asks MDS
        env(settings, SuiteService.INDUSTRY_STANDING_DATA, "MHHS_ISD_DISTRIBUTION_INTERVAL", "PT2S");
        environment.forEach((service, variables) -> variables.forEach((k, v) -> env(settings, service, k, v)));
        LocalSuiteProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("local-suite", LocalSuiteProperties.class);

        LocalSuite suite = new LocalSuite(properties);
        RunningSuite running;
        try {
            running = suite.start();
            assertThat(running.allUp()).as("every service UP; logs in %s", properties.logDirectory()).isTrue();
            return new SuiteFixture(suite, running, home);
        } catch (Exception | AssertionError e) {
            suite.close();
            throw e;
        }
    }

    /** The operator of {@code service}: its base URL, header and token. */
    Operator operator(SuiteService service) {
        String[] header = OPERATOR_HEADERS.get(service);
        return new Operator(http, running.baseUrl(service).toString().replaceAll("/+$", ""), header[0],
                OPERATOR_TOKEN);
    }

    /** A participant the gateway's local profile seeds, once its credentials are written (and it is registered). */
    SuiteParticipant participant(String dipId, String mpid, String role) {
        Path participants = home.resolve("dip-gateway").resolve("participants");
        await(mpid + "'s credentials seeded").atMost(START_UP).until(() -> SuiteParticipant.seeded(participants, dipId));
        return SuiteParticipant.load(participants, dipId, mpid, role);
    }

    /** Signed posts and webhooks of the market's participants. */
    Market market() {
        return new Market(http, gateway, webhooks);
    }

    Path logDirectory() {
        return home.resolve("logs");
    }

    @Override
    public void close() {
        webhooks.close();
        suite.close();
    }

    private static void env(Map<String, String> settings, SuiteService service, String variable, String value) {
        settings.put("local-suite.environment." + service.module() + ".[" + variable + "]", value);
    }
}
