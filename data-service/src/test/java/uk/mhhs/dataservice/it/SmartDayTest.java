package uk.mhhs.dataservice.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Smart MPAN-days from meter data to IF-021 (validation and estimation worked by hand beside each number). */
class SmartDayTest extends DataServiceTestBase {

    private static final LocalDate APPOINTED = LocalDate.of(2026, 1, 1);

    @Test
    void interpolates_a_single_missing_period_and_does_not_resend_an_unchanged_day() {
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "E", "M1");
        String[] values = new String[48];
        Arrays.fill(values, "0.200");
        values[9] = "0.300";
        values[10] = null; // missing: period ending 05:30Z
        values[11] = "0.500";
        assertThat(postMeterData(batch(row(mpan, "M1", "MAIN", "AI", DAY, values))).status()).isEqualTo(202);

        runProcessing(DAY);

        If021 sent = awaitIf021(mpan, "AI", DAY);
        assertThat(sent.size()).isEqualTo(48);
        assertThat(sent.role()).isEqualTo("SDS");
        assertThat(sent.eventCode()).isEqualTo("[ActivePower]");
        assertThat(sent.recipients()).contains(MDS, LSS, SUPPLIER, LDSO);
        assertThat(sent.day()).isEqualTo("2026-11-30T00:00:00+00:00");
        // period end convention: the first period ends 00:30Z, the last at the next midnight
        assertThat(sent.sp(0)).isEqualTo("2026-11-30T00:30:00+00:00");
        assertThat(sent.sp(47)).isEqualTo("2026-12-01T00:00:00+00:00");
        assertThat(sent.period(9)).isEqualTo("0.300 A null null");
        // (0.300 + 0.500) / 2 = 0.400, single missing period interpolated, reason 2 (missing)
        assertThat(sent.period(10)).isEqualTo("0.400 E0 2 null");
        assertThat(sent.period(11)).isEqualTo("0.500 A null null");
        assertThat(sent.qualityCounts()).containsEntry("A", 47L).containsEntry("E0", 1L);

        // the same data again: queued and processed, but not sent a second time
        var second = runProcessing(DAY);
        assertThat(second.path("unchanged").asInt()).isGreaterThanOrEqualTo(1);
        submissions.poll();
        assertThat(if021Sent(mpan)).hasSize(1);
    }

    @Test
    void apportions_a_daily_register_advance_over_six_missing_periods_by_the_load_shape() {
        LocalDate day = DAY.minusDays(1);
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "E", "M2");
        // LSS shape for (_C, W, S, any, AI): 1.000 everywhere except periods 20..25 = 1, 1, 2, 2, 3, 3 (sum 12)
        String[] shape = new String[48];
        Arrays.fill(shape, "1.000");
        shape[22] = "2.000";
        shape[23] = "2.000";
        shape[24] = "3.000";
        shape[25] = "3.000";
        new ShapePublisher(this).publish(day, shape, "19710.000"); // 365 × (42 + 12) = 19 710
        String[] values = new String[48];
        Arrays.fill(values, "0.500");
        for (int i = 20; i <= 25; i++) {
            values[i] = null;
        }
        // register 1000.000 at 00:00Z and 1027.000 at the next 00:00Z: advance 27.000 kWh
        String reads = "{\"mpan\":\"" + mpan + "\",\"meterId\":\"M2\",\"registerReads\":["
                + "{\"at\":\"" + day.atStartOfDay(ZoneOffset.UTC).toInstant() + "\",\"kwh\":\"1000.000\"},"
                + "{\"at\":\"" + day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() + "\",\"kwh\":\"1027.000\"}]}";
        assertThat(postMeterData(batch(row(mpan, "M2", "MAIN", "AI", day, values), reads)).status()).isEqualTo(202);

        runProcessing(day);

        If021 sent = awaitIf021(mpan, "AI", day);
        // known: 42 × 0.500 = 21.000; remainder 27.000 − 21.000 = 6.000 spread by shape 1,1,2,2,3,3 / 12
        assertThat(sent.period(20)).isEqualTo("0.500 E2 2 null");
        assertThat(sent.period(21)).isEqualTo("0.500 E2 2 null");
        assertThat(sent.period(22)).isEqualTo("1.000 E2 2 null");
        assertThat(sent.period(23)).isEqualTo("1.000 E2 2 null");
        assertThat(sent.period(24)).isEqualTo("1.500 E2 2 null");
        assertThat(sent.period(25)).isEqualTo("1.500 E2 2 null");
        assertThat(sent.period(19)).isEqualTo("0.500 A null null");
    }

    @ParameterizedTest
    @CsvSource({"2026-03-29, 46 UK periods (clocks go forward)", "2026-10-25, 50 UK periods (clocks go back)"})
    void a_clock_change_day_still_has_48_utc_periods(LocalDate day, String ukDay) {
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "E", "M3");
        String[] values = new String[48];
        Arrays.fill(values, "0.100");
        assertThat(postMeterData(batch(row(mpan, "M3", "MAIN", "AI", day, values))).status()).isEqualTo(202);

        runProcessing(day);

        If021 sent = awaitIf021(mpan, "AI", day);
        assertThat(sent.size()).as(ukDay).isEqualTo(48);
        assertThat(sent.day()).isEqualTo(day + "T00:00:00+00:00");
        assertThat(sent.sp(0)).isEqualTo(day + "T00:30:00+00:00");
        assertThat(sent.sp(47)).isEqualTo(day.plusDays(1) + "T00:00:00+00:00");
        assertThat(sent.qualityCounts()).containsEntry("A", 48L);
    }
}
