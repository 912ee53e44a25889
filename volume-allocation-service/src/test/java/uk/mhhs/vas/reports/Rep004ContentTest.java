package uk.mhhs.vas.reports;

import uk.mhhs.common.validation.ReportContentSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** REP-004: a supplier's deemed take per period and for the day. */
class Rep004ContentTest {

    @Test
    void per_period_the_suppliers_bmuadv_and_the_days_total() {
        TreeMap<Integer, BigDecimal> take = new TreeMap<>();
        // worked example, SUPA's one BM unit: 4221.7973232 + 211.08986616 + 2055.4493308 + 41.108986616
        take.put(1, new BigDecimal("6529.445506776"));
        // a period where export exceeds import: negative deemed take
        take.put(2, new BigDecimal("-12.3456785"));

        JsonNode content = Rep004Content.build(WorkedExample.RUN, "_A", "SUPA", take);

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_004, content)).isEmpty();
        JsonNode r009 = content.path("REP004-R009");
        assertThat(r009.path("R009").path("supplierMPID").asString()).isEqualTo("SUPA");
        assertThat(r009.path("REP004-R026").values().stream().map(p -> p.path("SettlementPeriod").asInt() + " "
                + p.path("supplierDeemedTake").asString()).toList())
                .containsExactly("1 6529.445507", "2 -12.345679"); // −12.3456785 half up → −12.345679
        // 6529.445506776 − 12.3456785 = 6517.099828276 → 6517.099828
        assertThat(r009.path("REP004-R025").path(0).path("dailySupplierDeemedTakeforSettlementDay").asString())
                .isEqualTo("6517.099828");
    }
}
