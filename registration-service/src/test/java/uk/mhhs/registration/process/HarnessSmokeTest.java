package uk.mhhs.registration.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HarnessSmokeTest extends ProcessTestBase {

    @Test
    void anIf040ReachesTheDispatcher() {
        String mpan = newMpan();
        var custom = object();
        var b059 = custom.putObject("B059");
        b059.put("annualConsumption", "3100.000");
        b059.put("annualConsumptionEffectiveFromDate", "2026-11-01T00:00:00+00:00");
        b059.put("annualConsumptionQualityIndicator", "A");
        String tx = receive("IF-040", "[AnnualConsumption]", MDS, "MDS", mpan, custom);
        assertThat(awaitProcessed(tx).status()).isIn("ACCEPTED", "REJECTED");
    }
}
