package uk.mhhs.vas.reports;

import uk.mhhs.common.validation.ReportContentSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** REP-007: which BM units were corrected by an exceptional factor, and in words what happened. */
class Rep007ContentTest {

    private static final BigDecimal LOW = new BigDecimal("0.9");
    private static final BigDecimal HIGH = new BigDecimal("1.1");

    private static GroupFactors.Exception outside(int period, String factor) {
        return new GroupFactors.Exception(period, new BigDecimal(factor), GroupFactors.OUTSIDE_BAND);
    }

    private static GroupFactors.Exception undefined(int period) {
        return new GroupFactors.Exception(period, null, GroupFactors.NO_CORRECTABLE_VOLUME);
    }

    @Test
    void the_detail_names_each_exception_with_its_periods_in_ranges() {
        String detail = Rep007Content.detail(List.of(undefined(3), undefined(4), undefined(5), outside(17, "1.23454"),
                outside(18, "1.3"), outside(20, "0.85")), LOW, HIGH);

        assertThat(detail).isEqualTo("no correctable volume, uncorrected (factor 1) in periods 3-5; "
                + "correction factor 0.8500 to 1.3000 outside band 0.9 to 1.1, applied, in periods 17-18, 20");
    }

    @Test
    void one_factor_is_named_once() {
        assertThat(Rep007Content.detail(List.of(outside(17, "1.23454")), LOW, HIGH))
                .isEqualTo("correction factor 1.2345 outside band 0.9 to 1.1, applied, in periods 17");
    }

    @Test
    void a_long_detail_is_cut_to_200_characters() {
        List<GroupFactors.Exception> every = new ArrayList<>();
        for (int p = 1; p <= 48; p++) {
            // odd periods undefined, even ones outside the band: no ranges to shorten them
            every.add(p % 2 == 1 ? undefined(p) : outside(p, "1.2"));
        }

        String detail = Rep007Content.detail(every, LOW, HIGH);

        assertThat(detail).hasSize(200).startsWith("no correctable volume, uncorrected (factor 1) in periods 1, 3, 5")
                .endsWith("...");
    }

    @Test
    void the_content_lists_the_units_of_each_group() {
        Map<String, Map<String, String>> units = new LinkedHashMap<>();
        units.put("_A", new LinkedHashMap<>(Map.of("2__ASUPA000", "x")));
        units.get("_A").put("2__ASUPB000", "x");
        units.put("_B", Map.of("2__BSUPA000", "y"));

        JsonNode content = Rep007Content.build(WorkedExample.RUN, units);

        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_007, content)).isEmpty();
        assertThat(content.path("R002").path("settlementDate").asString()).isEqualTo("2026-11-20");
        assertThat(content.path("REP007-R013").values().stream().map(g -> g.path("R013").path("GSPGroupID").asString()
                + " " + g.path("REP007-R036").values().stream().map(u -> u.path("BMUnitID").asString() + "="
                + u.path("detailsOfDefaultDataUsed").asString()).toList()).toList())
                .containsExactly("_A [2__ASUPA000=x, 2__ASUPB000=x]", "_B [2__BSUPA000=y]");
    }
}
