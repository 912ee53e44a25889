package uk.mhhs.registration.process.consumption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.ProcessTestBase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IF-040 from the MDS (9900000005). {@link #givenSmartMpan} holds 3100.000 kWh (quality A) from 2025-11-01.
 */
class AnnualConsumptionTest extends ProcessTestBase {

    @Autowired
    MpanBlocks blocks;

    @Test
    void stores_the_annual_consumption_the_mds_sends_and_b027_then_carries_it() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        String tx = receive("IF-040", "[AnnualConsumption]", MDS, "MDS", mpan,
                annualConsumption("4250.125", "2026-11-01T00:00:00+00:00", "1"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        assertThat(history(mpan)).containsExactly("2025-11-01 3100.000 A", "2026-11-01 4250.125 1");
        assertThat(sentLog(mpan, mark)).isEmpty(); // IF-040 has no response
        JsonNode b027 = MpanBlocks.b027(blocks.registration(mpan, TODAY)); // what IF-001/002/036 carry from now
        assertThat(b027.path("annualConsumption").asString()).isEqualTo("4250.125");
        assertThat(b027.path("annualConsumptionEffectiveFromDate").asString()).isEqualTo("2026-11-01T00:00:00+00:00");
        assertThat(b027.path("annualConsumptionQualityIndicator").asString()).isEqualTo("1");
    }

    @Test
    void rejects_annual_consumption_from_a_sender_that_is_not_the_mds() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        String tx = receive("IF-040", "[AnnualConsumption]", METD, "SDS", mpan,
                annualConsumption("4250.125", "2026-11-01T00:00:00+00:00", "1"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG9011")));
        assertThat(jdbc.queryForObject("select detail from process_message where direction = 'IN' and reference = ?",
                String.class, tx)).isEqualTo("IF-040 comes from the Market-wide Data Service 9900000005 only, not 1100000001");
        assertThat(history(mpan)).containsExactly("2025-11-01 3100.000 A");
        assertThat(sentLog(mpan, mark)).isEmpty();
    }

    @Test
    void rejects_annual_consumption_for_an_unknown_mpan_REG0000() {
        String mpan = newMpan();
        String tx = receive("IF-040", "[AnnualConsumption]", MDS, "MDS", mpan,
                annualConsumption("10.000", "2026-11-01T00:00:00+00:00", "D"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG0000")));
        assertThat(history(mpan)).isEmpty();
    }

    private static ObjectNode annualConsumption(String kwh, String from, String quality) {
        ObjectNode custom = object();
        ObjectNode b059 = custom.putObject("B059");
        b059.put("annualConsumption", kwh);
        b059.put("annualConsumptionEffectiveFromDate", from);
        b059.put("annualConsumptionQualityIndicator", quality);
        return custom;
    }

    private List<String> history(String mpan) {
        return jdbc.queryForList("select effective_from || ' ' || annual_consumption || ' ' || quality_indicator"
                + " from annual_consumption_history where mpan_core = ? order by effective_from", String.class,
                Long.parseLong(mpan));
    }
}
