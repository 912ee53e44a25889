package uk.mhhs.dataservice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Test helpers: 48-slot arrays, facts and shapes. */
final class Days {

    private Days() {}

    static BigDecimal kwh(String s) {
        return new BigDecimal(s);
    }

    /** 48 copies of a value. */
    static BigDecimal[] all(String value) {
        BigDecimal[] a = new BigDecimal[48];
        Arrays.fill(a, value == null ? null : new BigDecimal(value));
        return a;
    }

    static MpanDayFacts smart() {
        return new MpanDayFacts(Segment.SMART, "W", true, false, "H", false, false, kwh("3650"), null, null);
    }

    static MpanDayFacts advanced() {
        return new MpanDayFacts(Segment.ADVANCED, "L", true, false, null, false, false, kwh("87600"), null, null);
    }

    static MpanDayFacts withConsent(MpanDayFacts f, String consent) {
        return new MpanDayFacts(f.segment(), f.connectionType(), f.energised(), f.disconnected(), consent, f.vacant(),
                f.remoteDisabled(), f.annualConsumption(), f.snac(), f.snacEffectiveFrom());
    }

    /** A flat shape: every period 1, annual total 17 520 (= 365 × 48). */
    static LoadShape flat(LocalDate date) {
        return new LoadShape(date, all("1"), kwh("17520"), "A", "LSS");
    }

    static MeterDay day(LocalDate date, BigDecimal[] main) {
        return new MeterDay(date, main, null, null, null);
    }

    /** Every outcome has exactly 48 periods, none null. */
    static List<PeriodValue> periods(DayOutcome o) {
        assertThat(o.periods()).hasSize(48).doesNotContainNull();
        return o.periods();
    }
}
