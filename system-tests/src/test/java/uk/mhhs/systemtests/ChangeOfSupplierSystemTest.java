package uk.mhhs.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.localsuite.LocalSuite;
import uk.mhhs.localsuite.LocalSuiteProperties;
import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.systemtests.WebhookReceiver.Delivery;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Change of supplier with a new Metering Service, across the gateway, ISD and registration running as the local
 * suite runs them (embedded PostgreSQL and Kafka, each service's exec jar in its own JVM), driven only as the
 * market and the operators would: signed HTTPS posts to the gateway, webhooks receiving the PUBs, registration's
 * operator API.
 *
 * <p>Alpha Energy (ALPH) supplies MPAN 1700000000014 (Southern, GSP group _H, smart) with MS MTRA and DS METD, loaded
 * by the migration import. CSS secures Bravo Supply (BRVO) from today; BRVO proposes MTRB (scenario COS), MTRB
 * accepts, then the operator runs registration's due steps (its tick is off here, so the switch comes exactly after
 * the acceptance) and the switch happens. Expected values are worked out from registration's README: see this
 * module's README.
 */
class ChangeOfSupplierSystemTest {

    private static final Logger log = LoggerFactory.getLogger(ChangeOfSupplierSystemTest.class);

    static final String MPAN = "1700000000014";
    static final String LDSO = "2300000001";
    static final String REGS = "9900000002";
    static final String MDS = "9900000005";
    static final String ALPH = "1400000001";
    static final String BRVO = "1400000002";
    static final String MTRA = "1200000001";
    static final String MTRB = "1200000002";
    static final String METD = "1100000001";
    static final String CSS_ID = "css-system-0001";
    static final String OPERATOR_TOKEN = "system-test-operator";

    static final Duration START_UP = Duration.ofMinutes(4);
    static final Duration ARRIVAL = Duration.ofMinutes(2);

    static final DateTimeFormatter DIP_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'")
            .withZone(ZoneOffset.UTC);
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    static LocalSuite suite;
    static RunningSuite running;
    static WebhookReceiver webhooks;
    static HttpClient http;
    static String gateway;
    static String registration;
    static SuiteParticipant bravo;
    static SuiteParticipant mtrb;
    static SuiteParticipant mtra;

    @BeforeAll
    static void startTheSuite() throws Exception {
        Path home = Path.of(System.getProperty("system-tests.work-dir", "target/system-tests"))
                .toAbsolutePath().resolve("suite-home");
        deleteRecursively(home); // a fresh database and broker each run; the last run's logs stay until the next
        Files.createDirectories(home);

        Map<String, String> settings = new HashMap<>();
        settings.put("local-suite.project-dir", System.getProperty("system-tests.project-dir", ".."));
        settings.put("local-suite.build-dir", System.getProperty("system-tests.build-dir", "target"));
        settings.put("local-suite.project-version", System.getProperty("system-tests.project-version"));
        settings.put("local-suite.home", home.toString());
        settings.put("local-suite.services", "dip-gateway,industry-standing-data,registration-service");
        settings.put("local-suite.gateway-scheme", "https");
        settings.put("local-suite.startup-timeout", START_UP.toString());
        settings.put("local-suite.postgres-port", freePort());
        settings.put("local-suite.kafka-port", freePort());
        settings.put("local-suite.kafka-controller-port", freePort());
        for (SuiteService service : List.of(SuiteService.DIP_GATEWAY, SuiteService.INDUSTRY_STANDING_DATA,
                SuiteService.REGISTRATION_SERVICE)) {
            settings.put("local-suite.ports." + service.module(), freePort());
        }
        String registrationEnv = "local-suite.environment.registration-service.";
        settings.put(registrationEnv + "[REG_OPERATOR_TOKEN]", OPERATOR_TOKEN);
        // No tick: the test runs the due steps itself, so the switch cannot overtake the appointment.
        settings.put(registrationEnv + "[MHHS_SCHEDULER_ENABLED]", "false");
        // ISD distributes its seed at its first tick (default a minute after start); registration needs it for CSS.
        settings.put("local-suite.environment.industry-standing-data.[MHHS_ISD_DISTRIBUTION_INTERVAL]", "PT2S");
        LocalSuiteProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("local-suite", LocalSuiteProperties.class);

        suite = new LocalSuite(properties);
        running = suite.start();
        assertThat(running.allUp()).as("every service UP; logs in %s", properties.logDirectory()).isTrue();
        gateway = running.baseUrl(SuiteService.DIP_GATEWAY).toString().replaceAll("/+$", "");
        registration = running.baseUrl(SuiteService.REGISTRATION_SERVICE).toString().replaceAll("/+$", "");
        log.info("suite up: gateway {}, registration {}, logs in {}", gateway, registration, properties.logDirectory());

        Path gatewayHome = home.resolve("dip-gateway");
        http = HttpClient.newBuilder().sslContext(trusting(gatewayHome.resolve("dev-keystore.p12")))
                .connectTimeout(Duration.ofSeconds(10)).build();
        webhooks = new WebhookReceiver(gatewayHome.resolve("signing").resolve("gateway-certificate.pem"));

        Path participants = gatewayHome.resolve("participants");
        await("the gateway's local participants seeded").atMost(START_UP)
                .until(() -> Stream.of(BRVO, MTRB, MTRA).allMatch(id -> SuiteParticipant.seeded(participants, id)));
        bravo = SuiteParticipant.load(participants, BRVO, "BRVO", "SUP");
        mtrb = SuiteParticipant.load(participants, MTRB, "MTRB", "MSS");
        mtra = SuiteParticipant.load(participants, MTRA, "MTRA", "MSS");
    }

    @AfterAll
    static void stopTheSuite() {
        if (webhooks != null) {
            log.info("webhook deliveries: {}", webhooks.deliveries());
            webhooks.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void gaining_supplier_and_new_metering_service_follow_the_change_of_supplier_through_the_dip() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String todayMidnight = ukMidnight(today);
        String yesterdayMidnight = ukMidnight(today.minusDays(1));

        for (String channel : List.of("IF-001", "IF-002", "IF-032", "IF-035", "IF-036", "IF-037")) {
            subscribe(bravo, channel);
        }
        for (String channel : List.of("IF-033", "IF-035", "IF-036", "IF-037")) {
            subscribe(mtrb, channel);
        }
        subscribe(mtra, "IF-037");
        log.info("webhooks registered");

        HttpResponse<String> imported = http.send(operator("/registration/v1/migrations?fileName=change-of-supplier.csv")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(resource(
                        "/change-of-supplier/migration.csv"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = json(imported.body());
        assertThat(report.path("loaded").asInt()).as(imported.body()).isEqualTo(1);
        assertThat(report.path("rejected").asInt()).as(imported.body()).isZero();
        log.info("MPAN {} loaded by the migration import", MPAN);

        // CSS secures BRVO from today. Until registration has read ISD's seed, BRVO is unknown (422 REG1078).
        String secure = """
                {"registrationId":"%s","mpanCore":"%s","supplierDipId":"%s","supplierMpid":"BRVO","supplyStartDate":"%s"}"""
                .formatted(CSS_ID, MPAN, BRVO, today);
        await("CSS registration secured").atMost(ARRIVAL).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> r = http.send(operator("/registration/v1/css/registrations")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(secure))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isIn(200, 201, 422);
            return r.statusCode() != 422;
        });

        log.info("CSS registration {} secured", CSS_ID);
        Delivery gain = awaitDelivered(BRVO, "IF-002", "[GainMPANInfo]");
        assertThat(gain.custom().path("B013").path("CSSRegistrationID").asString()).isEqualTo(CSS_ID);
        assertThat(gain.custom().path("B005").path("currentMeteringServiceDIPID").asString()).isEqualTo(MTRA);
        assertThat(gain.custom().path("B005").path("currentMeteringServiceMPID").asString()).isEqualTo("MTRA");
        assertThat(gain.custom().path("B005").path("currentDataServiceDIPID").asString()).isEqualTo(METD);
        assertThat(gain.custom().path("B005").path("currentDataServiceMPID").asString()).isEqualTo("METD");
        assertThat(gain.payload().path("CommonBlock").path("S1").path("senderDIPID").asString()).isEqualTo(REGS);

        // BRVO appoints MTRB for the change of supplier
        String b070 = """
                {"proposedMeteringServiceDIPID":"%s","proposedMeteringServiceMPID":"MTRB",\
                "proposedMeteringServiceDIPEffectiveFromDate":"%s","contractReferenceMeteringService":"MS-BRVO-7",\
                "appointmentScenario":"COS"}""".formatted(MTRB, todayMidnight);
        post(bravo, "IF-031", "[MSApp]", """
                {"B013":{"CSSRegistrationID":"%s"},"B070":%s}""".formatted(CSS_ID, b070));

        Delivery initial = awaitDelivered(BRVO, "IF-032", "[MSAppInitialResp]");
        assertThat(initial.payload().path("CommonBlock").path("R0").path("responseCode").asString())
                .as("R0 of %s", initial.payload().path("CommonBlock").path("R0")).isEqualTo("A");
        Delivery ask = awaitDelivered(MTRB, "IF-033", "[MSAppSPRequest]");
        assertThat(ask.custom().path("B012").path("serviceProviderAppointmentRequestingSupplierDIPID").asString())
                .isEqualTo(BRVO);
        assertThat(ask.custom().path("B013").path("CSSRegistrationID").asString()).isEqualTo(CSS_ID);
        assertThat(ask.custom().path("B070").path("proposedMeteringServiceDIPEffectiveFromDate").asString())
                .isEqualTo(todayMidnight);
        assertThat(ask.custom().path("B072").path("incumbentMeteringServiceDIPID").asString()).isEqualTo(MTRA);

        log.info("IF-031 answered");
        // MTRB accepts
        post(mtrb, "IF-034", "[MSAppSPResponse]", """
                {"B007":{"responseCode":"A","proposedAppointmentResponseCode":null},\
                "B012":{"serviceProviderAppointmentRequestingSupplierDIPID":"%s",\
                "serviceProviderAppointmentRequestingSupplierMPID":"BRVO"},\
                "B013":{"CSSRegistrationID":"%s"},"B070":%s}""".formatted(BRVO, CSS_ID, b070));
        for (String party : List.of(BRVO, MTRB)) {
            Delivery accepted = awaitDelivered(party, "IF-035", "[MSAppAccepted]");
            assertThat(accepted.custom().path("B007").path("responseCode").asString()).isEqualTo("A");
            assertThat(accepted.custom().path("B013").path("CSSRegistrationID").asString()).isEqualTo(CSS_ID);
        }

        log.info("IF-034 answered");
        // The supply start date has come: the operator runs registration's due steps (the switch) now.
        HttpResponse<String> steps = http.send(operator("/registration/v1/scheduler/runs")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(steps.statusCode()).as(steps.body()).isEqualTo(200);
        assertThat(json(steps.body()).path("today").asString()).isEqualTo(today.toString());
        assertThat(json(steps.body()).path("stepsRun").asInt()).as("the switch, nothing else due").isEqualTo(1);

        Delivery cos = awaitDelivered(BRVO, "IF-001", "[ChangeOfSupplier]");
        JsonNode c = cos.custom();
        assertThat(c.path("B013").path("CSSRegistrationID").asString()).isEqualTo(CSS_ID);
        assertThat(c.path("B002").path("incomingSupplierDIPID").asString()).isEqualTo(BRVO);
        assertThat(c.path("B002").path("incomingSupplierMPID").asString()).isEqualTo("BRVO");
        assertThat(c.path("B002").path("supplierEffectiveFromDate").asString()).isEqualTo(todayMidnight);
        assertThat(c.path("B003").path("outgoingSupplierDIPID").asString()).isEqualTo(ALPH);
        assertThat(c.path("B003").path("outgoingSupplierMPID").asString()).isEqualTo("ALPH");
        assertThat(c.path("B003").path("supplierEffectiveToDate").asString()).isEqualTo(yesterdayMidnight);
        assertThat(c.path("B005").path("currentMeteringServiceDIPID").asString()).isEqualTo(MTRB);
        assertThat(cos.payload().path("CommonBlock").path("M0").path("distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(cos.payload().path("CommonBlock").path("M0").path("GSPGroupID").asString()).isEqualTo("_H");

        for (String party : List.of(BRVO, MTRB)) {
            Delivery active = awaitDelivered(party, "IF-036", "[MSAppActive]");
            JsonNode b014 = active.custom().path("B014");
            assertThat(b014.path("incomingMeteringServiceDIPID").asString()).isEqualTo(MTRB);
            assertThat(b014.path("incomingMeteringServiceMPID").asString()).isEqualTo("MTRB");
            assertThat(b014.path("incomingMeteringServiceEffectiveFromDate").asString()).isEqualTo(todayMidnight);
            assertThat(b014.path("appointmentScenario").asString()).isEqualTo("COS");
        }
        Delivery gone = awaitDelivered(MTRA, "IF-037", "[MSDeApp]");
        assertThat(gone.custom().path("B008").path("deAppointedMeteringServiceDIPID").asString()).isEqualTo(MTRA);
        assertThat(gone.custom().path("B008").path("meteringServiceEffectiveToDate").asString())
                .isEqualTo(yesterdayMidnight);
        assertThat(gone.custom().path("B008").path("deAppointmentReasonCode").asString()).isEqualTo("CSUPP");

        log.info("switch announced");
        HttpResponse<String> parties = http.send(operator("/registration/v1/mpans/" + MPAN + "/parties?date=" + today)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(parties.statusCode()).as(parties.body()).isEqualTo(200);
        JsonNode p = json(parties.body());
        assertThat(p.path("supplier").path("dipId").asString()).isEqualTo(BRVO);
        assertThat(p.path("supplier").path("mpid").asString()).isEqualTo("BRVO");
        assertThat(p.path("supplier").path("effectiveFrom").asString()).isEqualTo(today.toString());
        assertThat(p.path("meteringService").path("dipId").asString()).isEqualTo(MTRB);
        assertThat(p.path("meteringService").path("mpid").asString()).isEqualTo("MTRB");
        assertThat(p.path("meteringService").path("scenario").asString()).isEqualTo("COS");
        assertThat(p.path("dataService").isNull()).as("BRVO appointed no DS: METD ends with ALPH; %s", p).isTrue();

        assertThat(webhooks.deliveries()).as("every PUB pushed is signed by the gateway")
                .allMatch(Delivery::signedByGateway);
    }

    /** Registers the participant's webhook for {@code channel}: a signed POST, as the participant would. */
    private static void subscribe(SuiteParticipant participant, String channel) {
        String body = "{\"callbackURL\":\"" + webhooks.url(participant.dipId()) + "\"}";
        // The seeder writes the files just before it registers the participant: a 401 may come first.
        await(participant.mpid() + " webhook for " + channel).atMost(ARRIVAL).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    HttpResponse<String> r = http.send(participant.requests(gateway)
                            .post(channel + "/pubconfig/" + participant.dipId(), body),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(r.body()).isIn(201, 401);
                    return r.statusCode() == 201;
                });
    }

    /** Posts one IF message from {@code sender} to the gateway, signed; it must be accepted (201). */
    private static void post(SuiteParticipant sender, String interfaceId, String eventCode, String customBlock)
            throws Exception {
        Instant sent = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String reference = "S-" + interfaceId + "-" + sender.dipId() + "-" + sender.role() + "-"
                + DateTimeFormatter.ofPattern("uuuuMMdd").format(sent.atZone(ZoneOffset.UTC)) + "-sys"
                + Long.toHexString(System.currentTimeMillis()) + SEQUENCE.incrementAndGet();
        String batch = """
                [{"payload":{"CommonBlock":{\
                "S0":{"interfaceID":"%s","schemaVersion":"011","eventCode":"%s"},\
                "S1":{"environmentTag":"SIT","subText":null,"senderUniqueReference":"%s","senderTimestamp":"%s",\
                "senderDIPID":"%s","senderRoleID":"%s","senderCorrelationID":null,"DIPConnectionProviderID":null},\
                "A0":{"primaryRecipients":[],"secondaryRecipients":[],"always":[]},\
                "M0":{"MPANCore":"%s","distributorDIPID":"%s","GSPGroupID":"_H"}},\
                "CustomBlock":%s}}]""".formatted(interfaceId, eventCode, reference, DIP_TIMESTAMP.format(sent),
                sender.dipId(), sender.role(), MPAN, LDSO, customBlock);
        HttpResponse<String> r = http.send(sender.requests(gateway).post(interfaceId, batch),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s: %s", interfaceId, eventCode, r.body()).isEqualTo(201);
        assertThat(json(r.body()).path("messageArray").path(0).path("message").asString()).as(r.body()).startsWith("MSG0000");
    }

    private static Delivery awaitDelivered(String recipient, String interfaceId, String eventCode) {
        return await(recipient + " receives " + interfaceId + " " + eventCode + "; received so far: "
                + webhooks.deliveries()).atMost(ARRIVAL).pollInterval(Duration.ofMillis(200))
                .until(() -> webhooks.find(recipient, interfaceId, eventCode), Optional::isPresent).orElseThrow();
    }

    private static HttpRequest.Builder operator(String path) {
        return HttpRequest.newBuilder(URI.create(registration + path)).header("X-REG-Operator-Token", OPERATOR_TOKEN);
    }

    /**
     * A DIP date-time of UK midnight starting {@code day} (DT-003 as REGS sends it): {@code +00:00} in GMT,
     * {@code +01:00} in BST, from the JDK's Europe/London rules.
     */
    static String ukMidnight(LocalDate day) {
        int offsetHours = day.atStartOfDay(ZoneId.of("Europe/London")).getOffset().getTotalSeconds() / 3600;
        return day + "T00:00:00+0" + offsetHours + ":00";
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChangeOfSupplierSystemTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Trusts exactly the gateway's generated development certificate. */
    private static SSLContext trusting(Path devKeyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
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
