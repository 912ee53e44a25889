package uk.mhhs.mds.reports;

import uk.mhhs.common.validation.ReportContentSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** REP-008's content: R039's wording, its 200-character limit, the distributor, and the schema. */
class Rep008ReportsTest {

    private static Rep008Reports.MissingLlf missing(String llfc, String tariff, String mpid) {
        return new Rep008Reports.MissingLlf("_C", 12, mpid, "2300000004", llfc, tariff);
    }

    @Test
    void the_detail_names_each_llfc_and_tariff_with_its_mpans() {
        Map<Rep008Reports.MissingLlf, Integer> group = new LinkedHashMap<>();
        group.put(missing("001", "DOM", "LOND"), 2);
        group.put(missing(null, "XYZ", "LOND"), 1);

        String detail = Rep008Reports.detail(group);

        assertThat(detail).isEqualTo("LLF 1 (no losses) used: no LLF for LLFC 001 (2 MPANs); "
                + "no LLFC for DUoS tariff XYZ (1 MPAN)");
        ObjectNode content = Rep008Reports.content(LocalDate.of(2025, 11, 15), "SF", 1, missing("001", "DOM", "LOND"),
                detail);
        assertThat(ReportContentSchemas.violations(ReportContentSchemas.REP_008, content)).isEmpty();
        assertThat(content.path("R027").path("distributorID").asString()).isEqualTo("LOND");
        // without the MPID in ISD: the two-digit distributor id
        assertThat(Rep008Reports.content(LocalDate.of(2025, 11, 15), "SF", 1, missing("001", "DOM", null), detail)
                .path("R027").path("distributorID").asString()).isEqualTo("12");
    }

    @Test
    void a_long_detail_is_cut_to_200_characters_saying_how_many_more() {
        Map<Rep008Reports.MissingLlf, Integer> group = new LinkedHashMap<>();
        for (int i = 100; i < 130; i++) {
            group.put(missing(String.valueOf(i), "T" + i, "LOND"), 1);
        }

        String detail = Rep008Reports.detail(group);

        assertThat(detail.length()).isLessThanOrEqualTo(200);
        assertThat(detail).startsWith("LLF 1 (no losses) used: no LLF for LLFC 100 (1 MPAN); ").matches(".*; and \\d+ more$");
    }
}
