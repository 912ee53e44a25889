package uk.mhhs.mds.reports;

import uk.mhhs.common.validation.ReportContentSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.mds.rules.Ccc;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** REP-006 content from aggregate rows: the pairing of C and L classes, nulls, signs and the schema. */
class Rep006ContentTest {

    private static final ConsumptionComponentClasses CCCS = new ConsumptionComponentClasses(List.of(
            ccc(100, "C", "A"), ccc(103, "L", "A"), ccc(101, "C", "E"), ccc(104, "L", "E"), ccc(105, "L", "D")));

    private static Ccc ccc(int id, String component, String origin) {
        return new Ccc(id, "AI", "S", "T", "W", component, origin, BigDecimal.ONE);
    }

    private static ReportAggregate row(String supplier, int ccc, int period, String kwh, int mpans) {
        return new ReportAggregate(supplier, "2__CALPH000", ccc, period, new BigDecimal(kwh), mpans);
    }

    private static ObjectNode build(List<ReportAggregate> rows) {
        return Rep006Content.build("_C", Instant.parse("2026-11-21T04:05:06Z"), LocalDate.of(2026, 11, 20), "SF", 2,
                rows, CCCS);
    }

    @Test
    void a_consumption_class_carries_its_losses_class_of_the_same_attributes_and_origin() {
        ObjectNode content = build(List.of(row("ALPH", 100, 1, "1.250", 3), row("ALPH", 103, 1, "0.063", 3),
                row("ALPH", 100, 2, "2.000", 3), row("ALPH", 103, 2, "0.100", 3),
                row("ALPH", 101, 1, "0.400", 1), row("ALPH", 104, 1, "0.020", 1)));

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_006, content)).isEmpty();
        assertThat(content.path("R007").path("settlementRunExecutionDate").asString())
                .isEqualTo("2026-11-21T04:05:06+00:00");
        assertThat(content.path("R002").path("runNumber").asInt()).isEqualTo(2);
        JsonNode classes = content.path("REP006-R015").path(0).path("REP006-R032").path(0).path("REP006-R003");
        assertThat(classes.size()).isEqualTo(2); // 100 (with 103) and 101 (with 104): no R003 of a paired L class
        JsonNode c100 = classes.path(0);
        assertThat(c100.path("R003").path("consumptionComponentClassID").asInt()).isEqualTo(100);
        assertThat(c100.path("REP006-R033").path(0).path("MSIDCount").asInt()).isEqualTo(3);
        assertThat(c100.path("REP006-R033").path(0).path("uncorrectedBMUnitPeriodLevelConsumption").asString())
                .isEqualTo("1.250000");
        assertThat(c100.path("REP006-R033").path(0).path("uncorrectedBMUnitPeriodLevelConsumptionLosses")
                .asString()).isEqualTo("0.063000");
        assertThat(c100.path("R034").path("dailyUncorrectedBMUnitPeriodLevelConsumption").asString())
                .isEqualTo("3.250000");
        assertThat(c100.path("R034").path("dailyBMUnitPeriodLevelConsumptionLosses").asString())
                .isEqualTo("0.163000");
        assertThat(classes.path(1).path("REP006-R033").path(0).path("uncorrectedBMUnitPeriodLevelConsumptionLosses")
                .asString()).isEqualTo("0.020000");
    }

    @Test
    void no_losses_is_null_a_negative_period_value_is_null_an_unpaired_losses_class_stands_alone() {
        // 100 in period 1 without losses (no LLF); period 2's losses negative (LLF below 1); 105 (L, D) has no C
        // class in ISD; two suppliers in MPID order
        ObjectNode content = build(List.of(row("BETA", 100, 1, "1.000", 1), row("ALPH", 100, 1, "1.000", 1),
                row("ALPH", 100, 2, "1.000", 1), row("ALPH", 103, 2, "-0.010", 1), row("ALPH", 105, 1, "0.005", 1)));

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_006, content)).isEmpty();
        assertThat(content.path("REP006-R015").values().stream().map(s -> s.path("R015").path("supplierMPID")
                .asString()).toList()).containsExactly("ALPH", "BETA");
        JsonNode classes = content.path("REP006-R015").path(0).path("REP006-R032").path(0).path("REP006-R003");
        JsonNode c100 = classes.path(0);
        assertThat(c100.path("REP006-R033").path(0).path("uncorrectedBMUnitPeriodLevelConsumptionLosses").isNull())
                .isTrue();
        assertThat(c100.path("REP006-R033").path(1).path("uncorrectedBMUnitPeriodLevelConsumptionLosses").isNull())
                .isTrue();
        assertThat(c100.path("R034").path("dailyBMUnitPeriodLevelConsumptionLosses").asString())
                .isEqualTo("-0.010000");
        JsonNode l105 = classes.path(1);
        assertThat(l105.path("R003").path("consumptionComponentIndicator").asString()).isEqualTo("L");
        assertThat(l105.path("REP006-R033").path(0).path("uncorrectedBMUnitPeriodLevelConsumption").isNull())
                .isTrue();
        assertThat(l105.path("REP006-R033").path(0).path("uncorrectedBMUnitPeriodLevelConsumptionLosses")
                .asString()).isEqualTo("0.005000");
        assertThat(l105.path("R034").path("dailyUncorrectedBMUnitPeriodLevelConsumption").isNull()).isTrue();
    }

    @Test
    void the_schema_check_is_not_vacuous() {
        ObjectNode content = build(List.of(row("ALPH", 100, 1, "1.000", 1)));
        ((ObjectNode) content.path("REP006-R015").path(0).path("REP006-R032").path(0).path("REP006-R003").path(0)
                .path("REP006-R033").path(0)).put("uncorrectedBMUnitPeriodLevelConsumption", "1.0");
        ((ObjectNode) content.path("R013")).put("GSPGroupID", "_Z");

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_006, content)).hasSize(2);
    }

    @Test
    void gzip_round_trips() throws Exception {
        byte[] text = "{\"R013\":{\"GSPGroupID\":\"_C\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] compressed = Rep006Reports.gzip(text);
        assertThat(compressed[0] & 0xFF).isEqualTo(0x1f);
        assertThat(compressed[1] & 0xFF).isEqualTo(0x8b);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(text);
        }
    }
}
