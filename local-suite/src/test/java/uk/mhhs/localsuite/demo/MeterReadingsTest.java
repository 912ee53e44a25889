package uk.mhhs.localsuite.demo;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeterReadingsTest {

    @Test
    void readableMpansSendADayWithTheGapsOfTheirPlace() {
        List<SyntheticMpan> market = MarketGenerator.generate(2_000, 3);
        List<SyntheticMpan> readable = market.stream().filter(SyntheticMpan::readable).toList();

        List<MeterReadings.Day> days = MeterReadings.generate(market, 3);

        // every 50th readable MPAN sends nothing
        assertThat(days).hasSize(readable.size() - readable.size() / 50);
        assertThat(days).allSatisfy(d -> assertThat(d.mpan().readable()).isTrue());
        // the 10th readable misses one period (5 + 10 % 30 = 15), the 25th six (20..25), the 50th is absent
        assertThat(days.get(9).mpan()).isEqualTo(readable.get(9));
        assertThat(days.get(9).presentPeriods()).isEqualTo(47);
        assertThat(days.get(9).present()[15]).isFalse();
        assertThat(days.get(24).mpan()).isEqualTo(readable.get(24));
        assertThat(days.get(24).presentPeriods()).isEqualTo(42);
        assertThat(days.get(0).presentPeriods()).isEqualTo(48);
        assertThat(days.get(49).mpan()).isEqualTo(readable.get(50));
        assertThat(MeterReadings.generate(market, 3).get(7).milliKwh()).isEqualTo(days.get(7).milliKwh());
    }

    @Test
    void theBodyKeysPeriodsByTheirUtcEndAndLeavesTheGapsOut() {
        SyntheticMpan m = new SyntheticMpan("1000000000018", "_A", 10, new SyntheticMpan.Supplier("ALPH", "1400000001"),
                'S', true, 'H', true, new BigDecimal("3000"));
        long[] values = new long[48];
        boolean[] present = new boolean[48];
        values[0] = 231;
        present[0] = true;
        values[47] = 1005;
        present[47] = true;

        String body = MeterReadings.body(List.of(new MeterReadings.Day(m, values, present)), LocalDate.of(2026, 11, 30));

        assertThat(body).isEqualTo("{\"rows\":[{\"mpan\":\"1000000000018\",\"meterId\":\"M00000018\",\"meterRole\":"
                + "\"MAIN\",\"quantity\":\"AI\",\"periods\":[{\"end\":\"2026-11-30T00:30:00Z\",\"kwh\":\"0.231\"},"
                + "{\"end\":\"2026-12-01T00:00:00Z\",\"kwh\":\"1.005\"}]}]}");
    }
}
