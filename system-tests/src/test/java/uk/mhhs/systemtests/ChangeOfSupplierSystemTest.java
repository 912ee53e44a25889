package uk.mhhs.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.systemtests.Market.Site;
import uk.mhhs.systemtests.WebhookReceiver.Delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.mhhs.systemtests.SupplierSwitch.ukMidnight;

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
 * module's README. A suite of its own (three services): its MPAN, BRVO's from today with no data service, would be
 * a defaulted third MPAN in the very BM unit and date {@link MeterToBankSystemTest} works out by hand.
 */
class ChangeOfSupplierSystemTest {

    static final Site SITE = new Site("1700000000014", "2300000001", "_H");
    static final String MPAN = SITE.mpan();
    static final String REGS = "9900000002";
    static final String ALPH = "1400000001";
    static final String BRVO = "1400000002";
    static final String MTRA = "1200000001";
    static final String MTRB = "1200000002";
    static final String METD = "1100000001";
    static final String CSS_ID = "css-system-0001";

    static SuiteFixture suite;
    static Market market;
    static Operator registration;
    static SuiteParticipant bravo;
    static SuiteParticipant mtrb;
    static SuiteParticipant mtra;

    @BeforeAll
    static void startTheSuite() throws Exception {
        // No tick: the test runs the due steps itself, so the switch cannot overtake the appointment.
        suite = SuiteFixture.start("change-of-supplier", List.of(SuiteService.DIP_GATEWAY,
                        SuiteService.INDUSTRY_STANDING_DATA, SuiteService.REGISTRATION_SERVICE),
                Map.of(SuiteService.REGISTRATION_SERVICE, Map.of("MHHS_SCHEDULER_ENABLED", "false")));
        market = suite.market();
        registration = suite.operator(SuiteService.REGISTRATION_SERVICE);
        bravo = suite.participant(BRVO, "BRVO", "SUP");
        mtrb = suite.participant(MTRB, "MTRB", "MSS");
        mtra = suite.participant(MTRA, "MTRA", "MSS");
    }

    @AfterAll
    static void stopTheSuite() {
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
            market.subscribe(bravo, channel);
        }
        for (String channel : List.of("IF-033", "IF-035", "IF-036", "IF-037")) {
            market.subscribe(mtrb, channel);
        }
        market.subscribe(mtra, "IF-037");

        Operator.Answer imported = registration.post("/registration/v1/migrations?fileName=change-of-supplier.csv",
                "text/csv", resource("/change-of-supplier/migration.csv"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("loaded").asInt()).as(imported.body()).isEqualTo(1);
        assertThat(imported.json().path("rejected").asInt()).as(imported.body()).isZero();

        // CSS secures BRVO from today. Until registration has read ISD's seed, BRVO is unknown (422 REG1078).
        String secure = """
                {"registrationId":"%s","mpanCore":"%s","supplierDipId":"%s","supplierMpid":"BRVO","supplyStartDate":"%s"}"""
                .formatted(CSS_ID, MPAN, BRVO, today);
        await("CSS registration secured").atMost(Market.ARRIVAL).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Operator.Answer r = registration.postJson("/registration/v1/css/registrations", secure);
            assertThat(r.status()).as(r.body()).isIn(200, 201, 422);
            return r.status() != 422;
        });

        Delivery gain = market.awaitDelivered(BRVO, "IF-002", "[GainMPANInfo]", MPAN);
        assertThat(gain.field("B013", "CSSRegistrationID")).isEqualTo(CSS_ID);
        assertThat(gain.field("B005", "currentMeteringServiceDIPID")).isEqualTo(MTRA);
        assertThat(gain.field("B005", "currentMeteringServiceMPID")).isEqualTo("MTRA");
        assertThat(gain.field("B005", "currentDataServiceDIPID")).isEqualTo(METD);
        assertThat(gain.field("B005", "currentDataServiceMPID")).isEqualTo("METD");
        assertThat(gain.payload().path("CommonBlock").path("S1").path("senderDIPID").asString()).isEqualTo(REGS);

        // BRVO appoints MTRB for the change of supplier
        String b070 = """
                {"proposedMeteringServiceDIPID":"%s","proposedMeteringServiceMPID":"MTRB",\
                "proposedMeteringServiceDIPEffectiveFromDate":"%s","contractReferenceMeteringService":"MS-BRVO-7",\
                "appointmentScenario":"COS"}""".formatted(MTRB, todayMidnight);
        market.post(bravo, "IF-031", "[MSApp]", SITE, """
                {"B013":{"CSSRegistrationID":"%s"},"B070":%s}""".formatted(CSS_ID, b070));

        Delivery initial = market.awaitDelivered(BRVO, "IF-032", "[MSAppInitialResp]", MPAN);
        assertThat(initial.responseCode()).as("R0 %s", initial.responseMessages()).isEqualTo("A");
        Delivery ask = market.awaitDelivered(MTRB, "IF-033", "[MSAppSPRequest]", MPAN);
        assertThat(ask.field("B012", "serviceProviderAppointmentRequestingSupplierDIPID")).isEqualTo(BRVO);
        assertThat(ask.field("B013", "CSSRegistrationID")).isEqualTo(CSS_ID);
        assertThat(ask.field("B070", "proposedMeteringServiceDIPEffectiveFromDate")).isEqualTo(todayMidnight);
        assertThat(ask.field("B072", "incumbentMeteringServiceDIPID")).isEqualTo(MTRA);

        // MTRB accepts
        market.post(mtrb, "IF-034", "[MSAppSPResponse]", SITE, """
                {"B007":{"responseCode":"A","proposedAppointmentResponseCode":null},\
                "B012":{"serviceProviderAppointmentRequestingSupplierDIPID":"%s",\
                "serviceProviderAppointmentRequestingSupplierMPID":"BRVO"},\
                "B013":{"CSSRegistrationID":"%s"},"B070":%s}""".formatted(BRVO, CSS_ID, b070));
        for (String party : List.of(BRVO, MTRB)) {
            Delivery accepted = market.awaitDelivered(party, "IF-035", "[MSAppAccepted]", MPAN);
            assertThat(accepted.field("B007", "responseCode")).isEqualTo("A");
            assertThat(accepted.field("B013", "CSSRegistrationID")).isEqualTo(CSS_ID);
        }

        // The supply start date has come: the operator runs registration's due steps (the switch) now.
        Operator.Answer steps = registration.post("/registration/v1/scheduler/runs");
        assertThat(steps.status()).as(steps.body()).isEqualTo(200);
        assertThat(steps.json().path("today").asString()).isEqualTo(today.toString());
        assertThat(steps.json().path("stepsRun").asInt()).as("the switch, nothing else due").isEqualTo(1);

        Delivery cos = market.awaitDelivered(BRVO, "IF-001", "[ChangeOfSupplier]", MPAN);
        assertThat(cos.field("B013", "CSSRegistrationID")).isEqualTo(CSS_ID);
        assertThat(cos.field("B002", "incomingSupplierDIPID")).isEqualTo(BRVO);
        assertThat(cos.field("B002", "incomingSupplierMPID")).isEqualTo("BRVO");
        assertThat(cos.field("B002", "supplierEffectiveFromDate")).isEqualTo(todayMidnight);
        assertThat(cos.field("B003", "outgoingSupplierDIPID")).isEqualTo(ALPH);
        assertThat(cos.field("B003", "outgoingSupplierMPID")).isEqualTo("ALPH");
        assertThat(cos.field("B003", "supplierEffectiveToDate")).isEqualTo(yesterdayMidnight);
        assertThat(cos.field("B005", "currentMeteringServiceDIPID")).isEqualTo(MTRB);
        assertThat(cos.payload().path("CommonBlock").path("M0").path("distributorDIPID").asString())
                .isEqualTo(SITE.distributorDipId());
        assertThat(cos.payload().path("CommonBlock").path("M0").path("GSPGroupID").asString()).isEqualTo("_H");

        for (String party : List.of(BRVO, MTRB)) {
            Delivery active = market.awaitDelivered(party, "IF-036", "[MSAppActive]", MPAN);
            assertThat(active.field("B014", "incomingMeteringServiceDIPID")).isEqualTo(MTRB);
            assertThat(active.field("B014", "incomingMeteringServiceMPID")).isEqualTo("MTRB");
            assertThat(active.field("B014", "incomingMeteringServiceEffectiveFromDate")).isEqualTo(todayMidnight);
            assertThat(active.field("B014", "appointmentScenario")).isEqualTo("COS");
        }
        Delivery gone = market.awaitDelivered(MTRA, "IF-037", "[MSDeApp]", MPAN);
        assertThat(gone.field("B008", "deAppointedMeteringServiceDIPID")).isEqualTo(MTRA);
        assertThat(gone.field("B008", "meteringServiceEffectiveToDate")).isEqualTo(yesterdayMidnight);
        assertThat(gone.field("B008", "deAppointmentReasonCode")).isEqualTo("CSUPP");

        Parties p = registration.get("/registration/v1/mpans/" + MPAN + "/parties?date=" + today).as(Parties.class);
        assertThat(p.supplier().dipId()).isEqualTo(BRVO);
        assertThat(p.supplier().mpid()).isEqualTo("BRVO");
        assertThat(p.supplier().effectiveFrom()).isEqualTo(today);
        assertThat(p.meteringService().dipId()).isEqualTo(MTRB);
        assertThat(p.meteringService().mpid()).isEqualTo("MTRB");
        assertThat(p.meteringService().scenario()).isEqualTo("COS");
        assertThat(p.dataService()).as("BRVO appointed no DS: METD ends with ALPH").isNull();

        assertThat(suite.webhooks.deliveries()).as("every PUB pushed is signed by the gateway")
                .allMatch(Delivery::signedByGateway);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChangeOfSupplierSystemTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
