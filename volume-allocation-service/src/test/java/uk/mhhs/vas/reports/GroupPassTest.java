package uk.mhhs.vas.reports;

import uk.mhhs.common.validation.ReportContentSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.reports.ReportAggregate;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.mhhs.vas.reports.ReportViews.classOf;
import static uk.mhhs.vas.reports.ReportViews.daily;
import static uk.mhhs.vas.reports.ReportViews.factor;
import static uk.mhhs.vas.reports.ReportViews.period;
import static uk.mhhs.vas.reports.ReportViews.unit;
import static uk.mhhs.vas.reports.ReportViews.unitDaily;
import static uk.mhhs.vas.reports.WorkedExample.SUPA_UNIT;
import static uk.mhhs.vas.reports.WorkedExample.SUPB_UNIT;

/** REP-003, REP-003A and REP-006 of one GSP group, from the worked example, against the spec's content schemas. */
class GroupPassTest {

    private static final String MARKET = "9900000099";

    private static List<Outbound.Draft> pass(boolean supbHasDipId, List<String> market) {
        GroupPass pass = new GroupPass(new ReportReference(WorkedExample.reference(supbHasDipId), WorkedExample.DAY),
                WorkedExample.RUN, "_A", WorkedExample.factors(), market, Integer.MAX_VALUE);
        WorkedExample.aggregates().forEach(pass::add);
        return pass.end();
    }

    private static JsonNode report(List<Outbound.Draft> drafts, String interfaceId, String recipient) {
        return ReportViews.content(drafts.stream().filter(d -> d.interfaceId().equals(interfaceId)
                && d.recipients().contains(recipient)).findFirst().orElseThrow().customBlock());
    }

    @Test
    void each_supplier_gets_its_rep003_and_rep006_and_the_market_the_group_rep003a() {
        List<Outbound.Draft> drafts = pass(true, List.of(MARKET));

        assertThat(drafts).extracting(d -> d.interfaceId() + " " + d.eventCode() + " " + d.recipients()).containsExactly(
                "REP-003 [BMUnitAllocatedDemandVolumesToMarketParticipants] [1400000101]",
                "REP-006 [UncorrectedConsumptionAndLossesByCCCID] [1400000101]",
                "REP-003 [BMUnitAllocatedDemandVolumesToMarketParticipants] [1400000102]",
                "REP-006 [UncorrectedConsumptionAndLossesByCCCID] [1400000102]",
                "REP-003A [AggregatedBMUnitAllocatedDemandVolumes] [9900000099]");
    }

    @Test
    void rep003_prints_uncorrected_and_corrected_volumes_by_class_and_the_factors() {
        JsonNode supa = report(pass(true, List.of()), "REP-003", WorkedExample.SUPA_DIP);

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_003, supa)).isEmpty();
        assertThat(supa.path("R013").path("GSPGroupID").asString()).isEqualTo("_A");
        assertThat(supa.path("R007").path("settlementRunExecutionDate").asString())
                .isEqualTo("2026-11-21T04:05:06+00:00");
        assertThat(supa.path("R002").path("settlementCode").asString() + " " + supa.path("R002").path("runNumber")
                .asInt()).isEqualTo("SF 2");
        assertThat(supa.path("R103").path("settlementPeriodDuration").asInt()).isEqualTo(30);
        assertThat(ReportViews.suppliers(supa, "REP003")).containsExactly("SUPA");
        JsonNode unit = unit(supa, "REP003", SUPA_UNIT);
        assertThat(unit.path("R016").path("defaultBMUnitFlag").asBoolean()).isTrue();
        JsonNode smart = classOf(unit, "REP003", 100);
        assertThat(smart.path("R017").path("GSPGroupCorrectionScalingWeight").asString()).isEqualTo("1.00");
        assertThat(smart.path("R017").path("marketSegmentIndicator").asString()).isEqualTo("S");
        // 4000 × (1 + 0.0554493308 × 1) = 4221.7973232 → 4221.797323
        assertThat(period(smart, "REP003", 0)).isEqualTo("1 4000.000000 null 4221.797323 null");
        assertThat(daily(smart)).isEqualTo("4000.000000 null 4221.797323 0.000000");
        // losses: 200 × 1.0554493308 = 211.08986616 → 211.089866
        assertThat(period(classOf(unit, "REP003", 103), "REP003", 0)).isEqualTo("1 null 200.000000 null 211.089866");
        assertThat(daily(classOf(unit, "REP003", 103))).isEqualTo("0.000000 200.000000 0.000000 211.089866");
        // advanced, W 0.5: 2000 × 1.0277246654 = 2055.4493308 → 2055.449331; losses 40 × 1.0277246654 = 41.108986616
        JsonNode advanced = classOf(unit, "REP003", 112);
        assertThat(advanced.path("R017").path("GSPGroupCorrectionScalingWeight").asString()).isEqualTo("0.50");
        assertThat(period(advanced, "REP003", 0)).isEqualTo("1 2000.000000 null 2055.449331 null");
        assertThat(period(classOf(unit, "REP003", 115), "REP003", 0)).isEqualTo("1 null 40.000000 null 41.108987");
        // uncorrected 4000 + 200 + 2000 + 40 = 6240; BMUADV 4221.7973232 + 211.08986616 + 2055.4493308 + 41.108986616
        // = 6529.445506776 → 6529.445507; MSIDs: smart 10 + advanced 2 (losses classes count the same MPANs)
        assertThat(unitDaily(unit)).isEqualTo("6240.000000 6529.445507 12");
        // CF 1.0554493308 → 1.055449331 (9 dp, half up); export weights 0 → export factor 1; periods 2-48 undefined → 1
        assertThat(supa.path("REP003-R024").size()).isEqualTo(48);
        assertThat(factor(supa, "REP003", 0)).isEqualTo("1 1.055449331 1.000000000");
        assertThat(factor(supa, "REP003", 47)).isEqualTo("48 1.000000000 1.000000000");
    }

    @Test
    void export_prints_its_magnitude_per_period_and_counts_negative_in_the_units_total() {
        JsonNode supb = report(pass(true, List.of()), "REP-003", WorkedExample.SUPB_DIP);

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_003, supb)).isEmpty();
        JsonNode unit = unit(supb, "REP003", SUPB_UNIT);
        // 2500 × 1.0554493308 = 2638.623327; 125 × 1.0554493308 = 131.93116635 → 131.931166
        assertThat(period(classOf(unit, "REP003", 100), "REP003", 0)).isEqualTo("1 2500.000000 null 2638.623327 null");
        assertThat(period(classOf(unit, "REP003", 103), "REP003", 0)).isEqualTo("1 null 125.000000 null 131.931166");
        // export W 0: C = −300 stays −300, printed as its magnitude (class 136 is AE)
        assertThat(period(classOf(unit, "REP003", 136), "REP003", 0)).isEqualTo("1 300.000000 null 300.000000 null");
        // net: 2500 + 125 − 300 = 2325; 2638.623327 + 131.93116635 − 300 = 2470.55449335 → 2470.554493; MSIDs 7 + 3
        assertThat(unitDaily(unit)).isEqualTo("2325.000000 2470.554493 10");
    }

    @Test
    void rep003a_carries_every_supplier_of_the_group() {
        JsonNode all = report(pass(false, List.of(MARKET)), "REP-003A", MARKET);

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_003A, all)).isEmpty();
        assertThat(ReportViews.suppliers(all, "REP003A")).containsExactly("SUPA", "SUPB");
        JsonNode supb = unit(all, "REP003A", SUPB_UNIT);
        assertThat(classOf(supb, "REP003A", 136).path("R020").path("GSPGroupCorrectionScalingWeight").asString())
                .isEqualTo("0.00");
        assertThat(period(classOf(supb, "REP003A", 100), "REP003A", 0))
                .isEqualTo("1 2500.000000 null 2638.623327 null");
        assertThat(unitDaily(unit(all, "REP003A", SUPA_UNIT))).isEqualTo("6240.000000 6529.445507 12");
        assertThat(factor(all, "REP003A", 0)).isEqualTo("1 1.055449331 1.000000000");
    }

    @Test
    void rep006_pairs_each_consumption_class_with_its_losses() {
        JsonNode supa = report(pass(true, List.of()), "REP-006", WorkedExample.SUPA_DIP);

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_006, supa)).isEmpty();
        assertThat(ReportViews.suppliers(supa, "REP006")).containsExactly("SUPA");
        JsonNode classes = supa.path("REP006-R015").path(0).path("REP006-R032").path(0).path("REP006-R003");
        assertThat(classes.size()).isEqualTo(2); // 100 with 103, 112 with 115
        JsonNode smart = classes.path(0).path("REP006-R033").path(0);
        assertThat(smart.path("MSIDCount").asInt() + " " + smart.path("uncorrectedBMUnitPeriodLevelConsumption")
                .asString() + " " + smart.path("uncorrectedBMUnitPeriodLevelConsumptionLosses").asString())
                .isEqualTo("10 4000.000000 200.000000");
    }

    @Test
    void a_supplier_without_dip_id_gets_no_report_and_no_market_recipient_means_no_rep003a() {
        assertThat(pass(false, List.of())).extracting(d -> d.interfaceId() + " " + d.recipients())
                .containsExactly("REP-003 [1400000101]", "REP-006 [1400000101]");
    }

    @Test
    void an_aggregate_of_a_class_isd_does_not_have_is_an_error() {
        GroupPass pass = new GroupPass(new ReportReference(WorkedExample.reference(true), WorkedExample.DAY),
                WorkedExample.RUN, "_A", WorkedExample.factors(), List.of(), Integer.MAX_VALUE);

        assertThatThrownBy(() -> pass.add(new ReportAggregate("SUPA", SUPA_UNIT, 999, 1, BigDecimal.ONE, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("class 999");
    }

    @Test
    void a_rep003a_over_the_size_limit_goes_in_parts_closed_at_supplier_boundaries() {
        // given a limit of 1 byte: the part holding SUPA is over it when SUPB's rows start
        GroupPass pass = new GroupPass(new ReportReference(WorkedExample.reference(true), WorkedExample.DAY),
                WorkedExample.RUN, "_A", WorkedExample.factors(), List.of(MARKET), 1);
        WorkedExample.aggregates().forEach(pass::add);

        List<JsonNode> parts = pass.end().stream().filter(d -> d.interfaceId().equals("REP-003A"))
                .map(d -> ReportViews.content(d.customBlock())).toList();

        // then two complete REP-003A, one supplier each, each with the group's correction factors
        assertThat(pass.groupParts()).isEqualTo(2);
        assertThat(parts).hasSize(2);
        assertThat(parts).extracting(p -> p.path("REP003A-R015").size()).containsExactly(1, 1);
        assertThat(parts).extracting(p -> p.path("REP003A-R015").path(0).path("R015").path("supplierMPID").asString())
                .containsExactly("SUPA", "SUPB");
        for (JsonNode part : parts) {
            assertThat(part.path("REP003A-R024").size()).isEqualTo(48);
            assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_003A, part)).isEmpty();
        }
    }

    @Test
    void the_schema_check_is_not_vacuous() {
        JsonNode supa = report(pass(true, List.of()), "REP-003", WorkedExample.SUPA_DIP);
        ((tools.jackson.databind.node.ObjectNode) supa.path("REP003-R024").path(0))
                .put("groupCorrectionFactorImport", "1.05");

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_003, supa)).hasSize(1);
    }
}
