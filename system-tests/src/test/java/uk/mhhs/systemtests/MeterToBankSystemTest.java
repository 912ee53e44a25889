package uk.mhhs.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.systemtests.Market.Site;
import uk.mhhs.systemtests.VasResults.BmUnitVolume;
import uk.mhhs.systemtests.VasResults.ChangedVolume;
import uk.mhhs.systemtests.VasResults.Comparison;
import uk.mhhs.systemtests.VasResults.CorrectionFactor;
import uk.mhhs.systemtests.VasResults.MdsAggregate;
import uk.mhhs.systemtests.WebhookReceiver.Delivery;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meter to Bank across every service of the local suite, started once for all scenarios (ordered: each builds on
 * the market the previous one left). Two MPANs of Southern (_H) change supplier today, crosswise: M1 ALPH → BRVO
 * with data service METD → DATB, M2 BRVO → ALPH with DATB → METD. The old data services send yesterday, which MDS
 * charges to the old suppliers; the new ones send the days of settlement date S; LSS shapes them; VAS runs SF and,
 * after one half-hour of M1 is amended, R1; the two are compared. Every
 * expected number is worked by hand in this module's README ("Meter to Bank"), from the VAS README's correction rule.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeterToBankSystemTest {

    private static final Logger log = LoggerFactory.getLogger(MeterToBankSystemTest.class);
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String LDSO = "2300000001";
    static final Site M1 = new Site("1700000000023", LDSO, "_H");
    static final Site M2 = new Site("1700000000032", LDSO, "_H");
    static final BigDecimal M1_KWH = new BigDecimal("0.500");
    static final BigDecimal M2_KWH = new BigDecimal("0.250");
    static final BigDecimal AMENDED_KWH = new BigDecimal("0.560");
    static final BigDecimal M1_BEFORE_KWH = new BigDecimal("0.400");
    static final BigDecimal M2_BEFORE_KWH = new BigDecimal("0.200");
    static final BigDecimal TAKE_H = new BigDecimal("0.810");
    static final Duration RUN = Duration.ofMinutes(3);

    static SuiteFixture suite;
    static Market market;
    static Operator registration;
    static Operator lss;
    static Operator mds;
    static Operator vas;
    static SuiteParticipant alph;
    static SuiteParticipant brvo;
    static SuiteParticipant metd;
    static SuiteParticipant datb;
    static LocalDate today;
    /** The settlement date: the first day after today with 48 periods (its UTC day and the one before are sent). */
    static LocalDate settlementDate;
    /** The settlement period ending at 12:00 UTC on S: SP24 in GMT, SP26 in BST (13:00 local). */
    static int amendedPeriod;
    static List<MdsAggregate> mdsSf;
    static UUID vasSf;

    @BeforeAll
    static void startTheSuite() throws Exception {
        // Registration's tick is off: the operator runs its due steps, so both switches come after the appointments.
        // VAS's daily schedule is off: only the operator's runs exist.
        suite = SuiteFixture.start("meter-to-bank", SuiteService.inStartOrder(), Map.of(
                SuiteService.REGISTRATION_SERVICE, Map.of("MHHS_SCHEDULER_ENABLED", "false"),
                SuiteService.VOLUME_ALLOCATION_SERVICE, Map.of("MHHS_VAS_SCHEDULE_ENABLED", "false")));
        market = suite.market();
        registration = suite.operator(SuiteService.REGISTRATION_SERVICE);
        lss = suite.operator(SuiteService.LOAD_SHAPING_SERVICE);
        mds = suite.operator(SuiteService.MARKET_WIDE_DATA_SERVICE);
        vas = suite.operator(SuiteService.VOLUME_ALLOCATION_SERVICE);
        alph = suite.participant("1400000001", "ALPH", "SUP");
        brvo = suite.participant("1400000002", "BRVO", "SUP");
        metd = suite.participant("1100000001", "METD", "SDS");
        datb = suite.participant("1100000002", "DATB", "SDS");
        today = LocalDate.now(UK);
        settlementDate = today.plusDays(1);
        while (periods(settlementDate) != 48) {
            settlementDate = settlementDate.plusDays(1);
        }
        amendedPeriod = (int) Duration.between(settlementDate.atStartOfDay(UK), amendedEnd()).toMinutes() / 30;
        log.info("suite up; today {}, settlement date {}, amended period {}", today, settlementDate, amendedPeriod);
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            log.info("webhook deliveries: {}", suite.webhooks.deliveries());
            suite.close();
        }
    }

    @Test
    @Order(1)
    void change_of_supplier_hands_each_mpan_to_the_gaining_supplier_and_its_data_service_from_today() throws Exception {
        for (SuiteParticipant supplier : List.of(alph, brvo)) {
            for (String channel : List.of("IF-001", "IF-002", "IF-014", "IF-032", "IF-035")) {
                market.subscribe(supplier, channel);
            }
        }
        for (SuiteParticipant dataService : List.of(metd, datb)) {
            for (String channel : List.of("IF-014", "IF-033", "IF-035", "IF-036", "IF-037")) {
                market.subscribe(dataService, channel);
            }
        }
        Operator.Answer imported = registration.post("/registration/v1/migrations?fileName=meter-to-bank.csv",
                "text/csv", resource("/meter-to-bank/migration.csv"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("loaded").asInt()).as(imported.body()).isEqualTo(2);
        // The import itself tells nobody: its announcement sends IF-001 [InitialRegistration] (supplier since
        // 2024-04-01) and IF-036 [DSAppActive] per MPAN, so MDS knows who supplied them before the switch.
        Operator.Answer announced = registration.post("/registration/v1/migrations/"
                + imported.json().path("id").asLong() + "/announcement");
        assertThat(announced.status()).as(announced.body()).isEqualTo(200);
        assertThat(announced.json().path("initialRegistrations").asInt()).as(announced.body()).isEqualTo(2);
        assertThat(announced.json().path("dataServiceAppointments").asInt()).as(announced.body()).isEqualTo(2);

        List<SupplierSwitch> switches = List.of(
                new SupplierSwitch(M1, "css-m2b-0001", brvo, alph, datb, metd),
                new SupplierSwitch(M2, "css-m2b-0002", alph, brvo, metd, datb));
        for (SupplierSwitch s : switches) {
            s.secure(registration, market, today); // CSS refuses a supply start before today (REG1024)
            s.appointDataService(market, today);
        }
        Operator.Answer steps = registration.post("/registration/v1/scheduler/runs");
        assertThat(steps.status()).as(steps.body()).isEqualTo(200);
        assertThat(steps.json().path("stepsRun").asInt()).as("the two switches, nothing else due").isEqualTo(2);

        String todayMidnight = SupplierSwitch.ukMidnight(today);
        for (SupplierSwitch s : switches) {
            Delivery cos = market.awaitDelivered(s.gaining().dipId(), "IF-001", "[ChangeOfSupplier]", s.site().mpan());
            assertThat(cos.field("B002", "incomingSupplierDIPID")).isEqualTo(s.gaining().dipId());
            assertThat(cos.field("B002", "supplierEffectiveFromDate")).isEqualTo(todayMidnight);
            assertThat(cos.field("B003", "outgoingSupplierDIPID")).isEqualTo(s.losing().dipId());
            assertThat(cos.field("B003", "supplierEffectiveToDate")).isEqualTo(SupplierSwitch.ukMidnight(today.minusDays(1)));
            assertThat(cos.field("B005", "currentDataServiceDIPID")).isEqualTo(s.newDataService().dipId());
            Delivery active = market.awaitDelivered(s.newDataService().dipId(), "IF-036", "[DSAppActive]",
                    s.site().mpan());
            assertThat(active.field("B015", "incomingDataServiceEffectiveFromDate")).isEqualTo(todayMidnight);
            Delivery ended = market.awaitDelivered(s.oldDataService().dipId(), "IF-037", "[DSDeApp]", s.site().mpan());
            assertThat(ended.field("B009", "dataServiceEffectiveToDate"))
                    .isEqualTo(SupplierSwitch.ukMidnight(today.minusDays(1)));

            Parties parties = registration.get("/registration/v1/mpans/" + s.site().mpan() + "/parties?date="
                    + settlementDate).as(Parties.class);
            assertThat(parties.supplier().dipId()).isEqualTo(s.gaining().dipId());
            assertThat(parties.supplier().effectiveFrom()).isEqualTo(today);
            assertThat(parties.dataService().dipId()).isEqualTo(s.newDataService().dipId());
        }
    }

    @Test
    @Order(2)
    void the_new_data_services_days_are_taken_and_the_old_data_service_is_refused() throws Exception {
        for (LocalDate utcDate : List.of(settlementDate.minusDays(1), settlementDate)) {
            market.post(datb, "IF-021", "[ActivePower]", M1, new ConsumptionDay(datb.dipId(), utcDate, M1_KWH,
                    Map.of()).customBlock());
            market.post(metd, "IF-021", "[ActivePower]", M2, new ConsumptionDay(metd.dipId(), utcDate, M2_KWH,
                    Map.of()).customBlock());
        }
        // The day before the switch, from the old data services: M1 0.400 (METD), M2 0.200 (DATB)
        for (LocalDate utcDate : List.of(today.minusDays(2), today.minusDays(1))) {
            market.post(metd, "IF-021", "[ActivePower]", M1, new ConsumptionDay(metd.dipId(), utcDate, M1_BEFORE_KWH,
                    Map.of()).customBlock());
            market.post(datb, "IF-021", "[ActivePower]", M2, new ConsumptionDay(datb.dipId(), utcDate, M2_BEFORE_KWH,
                    Map.of()).customBlock());
        }
        // METD served M1 until yesterday: its day for S is refused by MDS (RCP1009) and never settled
        market.post(metd, "IF-021", "[ActivePower]", M1, new ConsumptionDay(metd.dipId(), settlementDate,
                new BigDecimal("9.999"), Map.of()).customBlock());

        Delivery refused = market.awaitDelivered(metd.dipId(), "IF-014", "[ActivePowerRejected]", M1.mpan());
        assertThat(refused.responseCode()).isEqualTo("R");
        assertThat(refused.responseMessages()).anyMatch(m -> m.startsWith("RCP1009"));
    }

    @Test
    @Order(3)
    void lss_shapes_the_day_with_the_back_stop_while_the_sample_is_below_its_minimum() {
        // LSS's sample is the MPAN-days with actual data: M1 and M2 on S = 2, below the minimum of 30 at every level
        // of the ladder, and no shape a week before: the standard shape, 0.250 kWh, flagged E (actual data exists).
        await("LSS has both MPAN-days of " + settlementDate).atMost(Market.ARRIVAL).pollInterval(Duration.ofSeconds(2))
                .until(() -> lss.post("/lss/v1/calculations?date=" + settlementDate).json().path("sample").asInt() == 2);
        Shapes shapes = lss.get("/lss/load-shape-period?settlementDate=" + settlementDate + "&gspGroupId=_H"
                + "&connectionType=W&marketSegment=S&domesticPremiseIndicator=any&measurementQuantityId=AI")
                .as(Shapes.class);
        assertThat(shapes.data()).hasSize(48).allSatisfy(p -> {
            assertThat(p.loadShapePeriodValue()).isEqualByComparingTo("0.250");
            assertThat(p.defaultLoadShapeFlag()).isEqualTo("E");
        });
    }

    @Test
    @Order(4)
    void the_sf_run_charges_each_supplier_for_its_own_mpan_corrected_to_the_gsp_group_take() {
        Operator.Answer take = vas.post("/vas/v1/gsp-group-take?fileName=take-" + settlementDate + ".csv", "text/csv",
                GspGroupTakeFile.csv(settlementDate, 48, Map.of("_H", TAKE_H), BigDecimal.ZERO));
        assertThat(take.status()).as(take.body()).isEqualTo(201);
        assertThat(take.json().path("rows").asInt()).isEqualTo(14 * 48);

        // MDS: per period M1's 0.500 under BRVO's BM unit, M2's 0.250 under ALPH's, class 100 (AI smart domestic
        // whole-current consumption, actual); no losses (tariff ZZ1 has no LLFC).
        // Until both days reached MDS a period is defaulted (class 102, D): wait for a run without defaults.
        mdsSf = awaitMdsRun("SF", rows -> rows.size() == 96 && rows.stream().allMatch(a -> a.cccId() == 100));
        assertThat(mdsSf).allSatisfy(a -> assertThat(a.mpans()).isEqualTo(1));
        assertThat(kwh(mdsSf, "2__HBRVO000")).hasSize(48).allSatisfy(k -> assertThat(k).isEqualByComparingTo(M1_KWH));
        assertThat(kwh(mdsSf, "2__HALPH000")).hasSize(48).allSatisfy(k -> assertThat(k).isEqualByComparingTo(M2_KWH));

        // VAS: ΣC = ΣW·C = 0.750 (weight 1), CF = 1 + (0.810 − 0.750) / 0.750 = 1.08; BMUADV = C × 1.08
        vasSf = awaitPublished(requestRun("SF")).id();
        List<CorrectionFactor> factors = factors(vasSf);
        assertThat(factors).hasSize(48).allSatisfy(f -> {
            assertThat(f.gspGroupTake()).isEqualByComparingTo("0.810");
            assertThat(f.uncorrected()).isEqualByComparingTo("0.750");
            assertThat(f.factor()).isEqualByComparingTo("1.08");
            assertThat(f.exception()).isNull();
        });
        List<BmUnitVolume> volumes = volumes(vasSf);
        assertThat(volumes).hasSize(96);
        assertThat(volumes).filteredOn(v -> v.bmUnitId().equals("2__HBRVO000")).hasSize(48).allSatisfy(v -> {
            assertThat(v.uncorrected()).isEqualByComparingTo("0.500");
            assertThat(v.corrected()).isEqualByComparingTo("0.540");
            assertThat(v.mpans()).isEqualTo(1);
        });
        assertThat(volumes).filteredOn(v -> v.bmUnitId().equals("2__HALPH000")).hasSize(48).allSatisfy(v -> {
            assertThat(v.uncorrected()).isEqualByComparingTo("0.250");
            assertThat(v.corrected()).isEqualByComparingTo("0.270");
            assertThat(v.mpans()).isEqualTo(1);
        });
    }

    @Test
    @Order(5)
    void the_day_before_the_switch_charges_each_mpan_to_its_old_supplier() {
        // Yesterday M1 was still ALPH's (METD's 0.400) and M2 BRVO's (DATB's 0.200): the BM units are the other way
        // round from S's, every period of the UK day, class 100, 1 MPAN each.
        LocalDate yesterday = today.minusDays(1);
        int periods = periods(yesterday);
        List<MdsAggregate> before = awaitMdsRun(yesterday, "SF", rows -> rows.size() == 2 * periods
                && rows.stream().allMatch(a -> a.cccId() == 100));
        assertThat(before).allSatisfy(a -> assertThat(a.mpans()).isEqualTo(1));
        assertThat(kwh(before, "2__HALPH000")).hasSize(periods)
                .allSatisfy(k -> assertThat(k).isEqualByComparingTo(M1_BEFORE_KWH));
        assertThat(kwh(before, "2__HBRVO000")).hasSize(periods)
                .allSatisfy(k -> assertThat(k).isEqualByComparingTo(M2_BEFORE_KWH));
    }

    @Test
    @Order(6)
    void an_amended_half_hour_changes_r1_against_sf_by_exactly_the_amended_energy_in_its_class() throws Exception {
        market.post(datb, "IF-021", "[ActivePower]", M1, new ConsumptionDay(datb.dipId(), settlementDate, M1_KWH,
                Map.of(amendedEnd(), AMENDED_KWH)).customBlock());

        // MDS sums the current version: only BRVO's class 100 in the amended period moves, by 0.560 − 0.500 = 0.060
        List<MdsAggregate> r1 = awaitMdsRun("R1", rows -> rows.size() == 96 && kwh(rows, "2__HBRVO000")
                .get(amendedPeriod - 1).compareTo(AMENDED_KWH) == 0);
        for (int i = 0; i < mdsSf.size(); i++) {
            MdsAggregate before = mdsSf.get(i);
            MdsAggregate after = r1.get(i);
            boolean amended = after.bmUnitId().equals("2__HBRVO000") && after.period() == amendedPeriod;
            assertThat(after.kwh().subtract(before.kwh())).as("%s → %s", before, after)
                    .isEqualByComparingTo(amended ? "0.060" : "0");
        }
    }

    @Test
    @Order(7)
    void r1_compared_with_sf_moves_both_bm_units_by_the_hand_worked_correction() {
        UUID r1 = awaitPublished(requestRun("R1")).id();
        // Amended period: ΣC = 0.560 + 0.250 = 0.810 = the take, so CF = 1; elsewhere 1.08 as in SF.
        assertThat(factors(r1)).allSatisfy(f -> assertThat(f.factor())
                .isEqualByComparingTo(f.period() == amendedPeriod ? "1" : "1.08"));

        Comparison comparison = vas.get("/vas/v1/runs/" + r1 + "/compare?with=" + vasSf).as(Comparison.class);
        // The take is fixed, so the run totals stay 48 × 0.810 = 38.880; in the amended period BRVO's 0.540 becomes
        // 0.560 (+0.020) and ALPH's 0.270 becomes 0.250 (−0.020): of the +0.060 metered, the correction had already
        // given BRVO +0.040 of it, and it now takes 0.020 from ALPH, whose metered 0.250 no longer gets scaled up.
        assertThat(comparison.totals().before()).isEqualByComparingTo("38.880");
        assertThat(comparison.totals().after()).isEqualByComparingTo("38.880");
        assertThat(comparison.totals().difference()).isEqualByComparingTo("0");
        assertThat(comparison.weights()).isEmpty();
        assertThat(comparison.changes()).hasSize(2).allSatisfy(c -> {
            assertThat(c.period()).isEqualTo(amendedPeriod);
            assertThat(c.gspGroupTake()).as("the take did not change").isNull();
        });
        ChangedVolume alpha = change(comparison, "2__HALPH000");
        assertThat(alpha.volume().before()).isEqualByComparingTo("0.270");
        assertThat(alpha.volume().after()).isEqualByComparingTo("0.250");
        assertThat(alpha.volume().difference()).isEqualByComparingTo("-0.020");
        assertThat(alpha.classes()).as("ALPH's metered volume did not change").isEmpty();
        ChangedVolume bravo = change(comparison, "2__HBRVO000");
        assertThat(bravo.volume().before()).isEqualByComparingTo("0.540");
        assertThat(bravo.volume().after()).isEqualByComparingTo("0.560");
        assertThat(bravo.volume().difference()).isEqualByComparingTo("0.020");
        assertThat(bravo.classes()).singleElement().satisfies(k -> {
            assertThat(k.cccId()).isEqualTo(100);
            assertThat(k.kwh().before()).isEqualByComparingTo("0.500");
            assertThat(k.kwh().after()).isEqualByComparingTo("0.560");
            assertThat(k.kwh().difference()).as("exactly the amended energy").isEqualByComparingTo("0.060");
        });
    }

    @Test
    @Order(8)
    void every_pub_the_participants_received_was_signed_by_the_gateway() {
        assertThat(suite.webhooks.deliveries()).as("deliveries").hasSizeGreaterThanOrEqualTo(20)
                .allMatch(Delivery::signedByGateway);
    }

    // --- views and helpers ---

    record ShapePeriod(String settlementPeriodEnd, BigDecimal loadShapePeriodValue, String defaultLoadShapeFlag) {
    }

    record Shapes(List<ShapePeriod> data) {
    }

    /** The end of the amended half-hour: 12:00 UTC on S. */
    static ZonedDateTime amendedEnd() {
        return settlementDate.atTime(12, 0).atZone(ZoneOffset.UTC);
    }

    static int periods(LocalDate day) {
        return (int) Duration.between(day.atStartOfDay(UK), day.plusDays(1).atStartOfDay(UK)).toMinutes() / 30;
    }

    /** Runs MDS (operator) until its aggregates of {@code _H} satisfy {@code ready}: IF-021 reach MDS over Kafka. */
    static List<MdsAggregate> awaitMdsRun(String runType, java.util.function.Predicate<List<MdsAggregate>> ready) {
        return awaitMdsRun(settlementDate, runType, ready);
    }

    static List<MdsAggregate> awaitMdsRun(LocalDate date, String runType,
                                          java.util.function.Predicate<List<MdsAggregate>> ready) {
        return await("MDS " + runType + " run of " + date).atMost(Market.ARRIVAL)
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    Operator.Answer run = mds.post("/mds/v1/runs?settlementDate=" + date + "&runType="
                            + runType);
                    assertThat(run.status()).as(run.body()).isEqualTo(201);
                    VasResults.MdsRun made = run.as(VasResults.MdsRun.class);
                    return Arrays.stream(mds.get("/mds/v1/runs/" + made.id() + "/aggregates")
                            .as(MdsAggregate[].class)).filter(a -> a.gspGroup().equals("_H")).toList();
                }, ready);
    }

    static List<BigDecimal> kwh(List<MdsAggregate> rows, String bmUnit) {
        return rows.stream().filter(a -> a.bmUnitId().equals(bmUnit)).map(MdsAggregate::kwh).toList();
    }

    static VasResults.Run requestRun(String runType) {
        Operator.Answer r = vas.postJson("/vas/v1/runs", """
                {"settlementDate":"%s","runType":"%s","reason":"system test"}""".formatted(settlementDate, runType));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.as(VasResults.Run.class);
    }

    static VasResults.Run awaitPublished(VasResults.Run run) {
        VasResults.Run done = await("VAS run " + run.id()).atMost(RUN).pollInterval(Duration.ofSeconds(1))
                .until(() -> vas.get("/vas/v1/runs/" + run.id()).as(VasResults.Run.class),
                        r -> r.state().equals("PUBLISHED") || r.state().equals("FAILED"));
        assertThat(done.state()).as("failure: %s", done.failure()).isEqualTo("PUBLISHED");
        assertThat(done.inputs().isdVersion()).as("ISD's seed").isEqualTo(1);
        return done;
    }

    static List<CorrectionFactor> factors(UUID run) {
        return List.of(vas.get("/vas/v1/runs/" + run + "/correction-factors?gspGroup=_H")
                .as(CorrectionFactor[].class));
    }

    static List<BmUnitVolume> volumes(UUID run) {
        return List.of(vas.get("/vas/v1/runs/" + run + "/bm-unit-volumes?gspGroup=_H").as(BmUnitVolume[].class));
    }

    static ChangedVolume change(Comparison comparison, String bmUnit) {
        return comparison.changes().stream().filter(c -> c.bmUnitId().equals(bmUnit)).findFirst().orElseThrow();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MeterToBankSystemTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
