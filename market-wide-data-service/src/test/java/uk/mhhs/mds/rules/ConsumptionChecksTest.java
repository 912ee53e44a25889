package uk.mhhs.mds.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsumptionChecksTest {

    static final DateTimeFormatter DIP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");
    static final LocalDate DATE = LocalDate.of(2026, 7, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 7, 2);
    static final MpanStatus OK = new MpanStatus(true, "DS1", true, "I", LocalDate.of(2027, 1, 1));

    final ConsumptionChecks checks = ConsumptionChecks.defaults();

    /** sp of UTC index i of 2026-07-01: 00:00Z + 30·(i+1) min. */
    static String sp(int i) {
        return DIP.format(DATE.atStartOfDay().plusMinutes(30L * (i + 1)));
    }

    static String at(String hhmm) {
        return DIP.format(LocalDateTime.parse("2026-07-01T" + hhmm));
    }

    /** 48 actual periods, v = 0.001·(i+1): 0.001 … 0.048. */
    static List<Period> fullDay() {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            periods.add(new Period(sp(i), new BigDecimal(i + 1).movePointLeft(3).toPlainString(), "A", null, null));
        }
        return periods;
    }

    static ConsumptionDay day(List<Period> periods) {
        return new ConsumptionDay("1012345678901", "[ActivePower]", "AI", "2026-07-01T00:00:00+00:00", 30, periods,
                "W", LocalDate.of(2020, 1, 1));
    }

    static List<Period> with(int index, UnaryOperator<Period> change) {
        List<Period> periods = fullDay();
        periods.set(index, change.apply(periods.get(index)));
        return periods;
    }

    @Test
    void a_full_valid_day_is_accepted_and_indexed_by_utc_period_end() {
        CheckResult r = checks.check(day(fullDay()), OK, "DS1", TODAY);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.accepted()).isTrue();
        assertThat(r.settlementDate()).isEqualTo(DATE);
        assertThat(r.values()).hasSize(48);
        assertThat(r.values()[0]).isEqualByComparingTo("0.001");   // sp 00:30Z → index 0
        assertThat(r.values()[47]).isEqualByComparingTo("0.048");  // sp 2026-07-02T00:00Z → index 47
        assertThat(r.q()[5]).isEqualTo("A");
        assertThat(r.e()[5]).isNull();
    }

    @Test
    void periods_sent_in_any_order_land_on_their_index() {
        List<Period> periods = fullDay();
        java.util.Collections.reverse(periods);
        CheckResult r = checks.check(day(periods), OK, "DS1", TODAY);
        assertThat(r.accepted()).isTrue();
        assertThat(r.values()[0]).isEqualByComparingTo("0.001");
        assertThat(r.values()[47]).isEqualByComparingTo("0.048");
    }

    @ParameterizedTest(name = "{0}: v {1} q {2} e {3} arc {4} → {5}")
    @CsvSource(nullValues = "null", value = {
        // index, v, q, e, arc, expected rejection codes ("" = accepted)
        "0, -1.000, A, null, null, ECS1010",     // negative
        "0, -0.001, E2, 1, null, ECS1010",       // negative estimate
        "3, 0.500, ZE, 1, null, ECS1011",        // ZE must be 0
        "3, 0.001, ZE3, 1, null, ECS1011",       // ZE3 too
        "3, 0.000, ZE2, 1, null, ''",            // 0 with ZE2: fine
        "7, 50.001, A, null, null, ECS1012",     // W max 50: 50.001 > 50
        "7, 50.000, A, null, null, ''",          // 50.000 is not above 50
        "9, 1.000, E2, null, null, ECS1015",     // estimate without e
        "9, 1.000, EA12, '', null, ECS1015",     // blank e counts as missing
        "9, 0.000, ZE, null, null, ECS1015",     // ZE is an estimate too
        "9, 1.000, A3, null, null, ''",          // A3 is not an E/ZE estimate
        "11, 1.000, E8, 9, null, ECS1016",       // amendment without arc
        "11, 1.000, E8, 9, A, ''",               // amendment with arc
        "12, abc, A, null, null, RCP1022",       // not a number
        "12, null, A, null, null, RCP1021",      // v missing
        "12, 1.000, null, null, null, RCP1021",  // q missing
        "13, -3.000, ZE, null, null, ECS1010 ECS1011 ECS1015", // all three reported
    })
    void period_values(int index, String v, String q, String e, String arc, String expected) {
        CheckResult r = checks.check(day(with(index, p -> new Period(p.sp(), v, q, e, arc))), OK, "DS1", TODAY);
        assertThat(String.join(" ", r.rejectionCodes())).isEqualTo(expected);
        r.rejections().forEach(f -> assertThat(f.reason()).contains("sp " + sp(index)));
    }

    @Test
    void reason_is_catalogue_text_then_period_and_value() {
        CheckResult r = checks.check(day(with(0, p -> new Period(p.sp(), "-1.000", "A", null, null))), OK, "DS1", TODAY);
        assertThat(r.rejections()).containsExactly(new Finding("ECS1010",
                "ECS1010 - Consumption Value cannot be negative: sp 2026-07-01T00:30:00+00:00 v -1.000"));
        assertThat(r.values()).isNull();
        assertThat(r.settlementDate()).isEqualTo(DATE);
    }

    @Test
    void every_rejection_of_the_message_is_reported_in_order() {
        List<Period> periods = with(0, p -> new Period(p.sp(), "-1.000", "A", null, null));
        periods.set(5, new Period(sp(5), "2.000", "ZE", "1", null));
        CheckResult r = checks.check(new ConsumptionDay("1012345678901", "[ActivePower]", "RI",
                "2026-07-01T00:00:00+00:00", 15, periods, "W", null), OK, "DS2", TODAY);
        // day checks first (ECS1002, ECS1004, sender), then periods in order sent (index 0, index 5)
        assertThat(r.rejectionCodes()).containsExactly("ECS1002", "ECS1004", "RCP1009", "ECS1010", "ECS1011");
        assertThat(r.rejections().get(4).reason()).contains("sp " + sp(5) + " v 2.000 q ZE");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(nullValues = "null", value = {
        "[ActivePower], AI, 2026-07-01T00:00:00+00:00, 30, ''",
        "[ActivePower], AE, 2026-07-01T00:00:00+00:00, 30, ''",
        "[ReactivePower], RI, 2026-07-01T00:00:00+00:00, 30, ''",
        "[ReactivePower], RE, 2026-07-01T00:00:00+00:00, 30, ''",
        "[ActivePower], RI, 2026-07-01T00:00:00+00:00, 30, ECS1002",
        "[ReactivePower], AI, 2026-07-01T00:00:00+00:00, 30, ECS1002",
        "[Other], AI, 2026-07-01T00:00:00+00:00, 30, ECS1002",
        "[ActivePower], AI, 2026-07-01T00:00:01+00:00, 30, ECS1014",  // one second past midnight
        "[ActivePower], AI, 2026-07-01T01:00:00+01:00, 30, ''",        // 01:00+01:00 = 00:00Z: UTC midnight
        "[ActivePower], AI, 2026-07-01T00:00:00+01:00, 30, ECS1014 ECS1005", // = 06-30T23:00Z: date 06-30, no sp within it → incomplete
        "[ActivePower], AI, 2026-07-01, 30, ECS1014",                  // not a DIP timestamp: no day checks
        "[ActivePower], AI, 2026-07-01T00:00:00+00:00, 15, ECS1004",
        "[ActivePower], AI, 2026-07-01T00:00:00+00:00, null, ECS1004",
    })
    void day_fields(String event, String mq, String settlementDayDate, Integer duration, String expected) {
        CheckResult r = checks.check(new ConsumptionDay("1012345678901", event, mq, settlementDayDate, duration,
                fullDay(), "W", null), OK, "DS1", TODAY);
        // the ECS1005 row: 48 sp outside 2026-06-30 plus one "incomplete"; only distinct codes compared here
        assertThat(String.join(" ", r.rejectionCodes().stream().distinct().toList())).isEqualTo(expected);
    }

    @Test
    void mpan_status_sender_and_rf() {
        // unknown, not registered → ECS1009 only (sender and RF not checked without a registration)
        assertThat(checks.check(day(fullDay()), null, "DS1", TODAY).rejectionCodes()).containsExactly("ECS1009");
        assertThat(checks.check(day(fullDay()), MpanStatus.unknown(), "DS1", TODAY).rejectionCodes())
                .containsExactly("ECS1009");
        // another DS sends
        CheckResult other = checks.check(day(fullDay()), OK, "DS2", TODAY);
        assertThat(other.rejections()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("RCP1009");
            assertThat(f.reason()).startsWith("RCP1009 - Sender DIP ID Invalid, Unexpected or Missing: sender DS2");
        });
        // RF run on 2026-07-01: received 2026-07-02 is after it → refused; received on the RF date itself → fine
        MpanStatus rf = new MpanStatus(true, "DS1", true, "I", LocalDate.of(2026, 7, 1));
        assertThat(checks.check(day(fullDay()), rf, "DS1", LocalDate.of(2026, 7, 2)).rejectionCodes())
                .containsExactly("ECS1003");
        assertThat(checks.check(day(fullDay()), rf, "DS1", LocalDate.of(2026, 7, 1)).accepted()).isTrue();
        // no RF date known: no check
        assertThat(checks.check(day(fullDay()), new MpanStatus(true, "DS1", true, "I", null), "DS1",
                LocalDate.of(2030, 1, 1)).accepted()).isTrue();
    }

    @Test
    void off_grid_sp_overlapping_a_neighbour_is_ecs1007() {
        // index 10 ends 05:30; moved to 05:45 its half hour 05:15–05:45 overlaps index 11 (05:30–06:00, sp 06:00);
        // 05:30 is then missing → incomplete day
        CheckResult r = checks.check(day(with(10, p -> new Period(at("05:45:00"), p.v(), "A", null, null))), OK,
                "DS1", TODAY);
        assertThat(r.rejectionCodes()).containsExactly("ECS1007", "ECS1005");
        assertThat(r.rejections().get(0).reason()).endsWith("overlaps sp " + at("06:00:00"));
        assertThat(r.rejections().get(1).reason()).contains("47 of 48").endsWith("missing sp " + at("05:30:00"));
    }

    @Test
    void off_grid_sp_overlapping_nothing_is_ecs1005() {
        // drop 05:30 and 06:00, send 05:45: 45 min from 05:00 and from 06:30, so no overlap
        List<Period> periods = fullDay();
        periods.remove(11);
        periods.set(10, new Period(at("05:45:00"), "1.000", "A", null, null));
        CheckResult r = checks.check(day(periods), OK, "DS1", TODAY);
        assertThat(r.rejectionCodes()).containsExactly("ECS1005", "ECS1005");
        assertThat(r.rejections().get(0).reason()).endsWith("is not the end of a half hour of the day");
        assertThat(r.rejections().get(1).reason()).contains("46 of 48")
                .endsWith("missing sp " + at("05:30:00") + ", " + at("06:00:00"));
    }

    @Test
    void duplicate_sp_is_ecs1006_even_with_another_offset() {
        // index 11 (06:00Z) sent as 06:30+01:00 = 05:30Z, the same instant as index 10
        CheckResult r = checks.check(day(with(11, p -> new Period("2026-07-01T06:30:00+01:00", p.v(), "A", null,
                null))), OK, "DS1", TODAY);
        assertThat(r.rejectionCodes()).containsExactly("ECS1006", "ECS1005");
        assertThat(r.rejections().get(0).reason()).endsWith("(as period 11)");
        assertThat(r.rejections().get(1).reason()).endsWith("missing sp " + at("06:00:00"));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-07-01T00:00:00+00:00", // the day's start ends no period of the day
        "2026-07-02T00:30:00+00:00", // ends a period of the next day
        "2026-07-01T00:30:00",       // not a DIP timestamp
    })
    void sp_outside_the_day_or_unreadable_is_ecs1005(String sp) {
        // replaces index 0 (00:30Z), which is then missing as well
        CheckResult r = checks.check(day(with(0, p -> new Period(sp, p.v(), "A", null, null))), OK, "DS1", TODAY);
        assertThat(r.rejectionCodes()).containsExactly("ECS1005", "ECS1005");
        assertThat(r.rejections().get(1).reason()).contains("47 of 48");
    }

    @Test
    void fewer_than_48_periods_is_an_incomplete_day() {
        List<Period> periods = fullDay().subList(0, 47);
        CheckResult r = checks.check(day(periods), OK, "DS1", TODAY);
        assertThat(r.rejectionCodes()).containsExactly("ECS1005");
        assertThat(r.rejections().get(0).reason()).isEqualTo("ECS1005 - SP End Date / Time invalid for Settlement "
                + "Period Duration: incomplete day: 47 of 48 periods, missing sp 2026-07-02T00:00:00+00:00");
        assertThat(checks.check(day(List.of()), OK, "DS1", TODAY).rejectionCodes()).containsExactly("ECS1005");
    }

    @ParameterizedTest(name = "connection type from {0} → {1} × ECS1013")
    @CsvSource({
        // UK midnight in BST is 23:00Z of the previous date
        "2026-07-01, 0",  // from 2026-06-30T23:00Z: the first period starts 00:00Z, not before
        "2026-07-02, 46", // from 2026-07-01T23:00Z: periods starting 00:00Z … 22:30Z are before = indices 0..45
        "2026-07-03, 48", // every period is before
    })
    void sp_before_connection_type_effective_from(LocalDate from, int expected) {
        CheckResult r = checks.check(new ConsumptionDay("1012345678901", "[ActivePower]", "AI",
                "2026-07-01T00:00:00+00:00", 30, fullDay(), "W", from), OK, "DS1", TODAY);
        assertThat(r.rejectionCodes()).hasSize(expected).allMatch("ECS1013"::equals);
        if (expected == 46) {
            assertThat(r.rejections().get(45).reason()).contains("sp " + at("23:00:00"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        // connection type, v, rejected? (max W 50, L 500, H 5000, E 50000, U 50; unknown / none: no check)
        "W, 50.001, true", "L, 500.000, false", "L, 500.001, true", "H, 5000.001, true", "E, 50000.000, false",
        "E, 50000.001, true", "U, 50.001, true", "X, 99999, false",
    })
    void maximum_by_connection_type(String type, String v, boolean rejected) {
        CheckResult r = checks.check(new ConsumptionDay("1012345678901", "[ActivePower]", "AI",
                "2026-07-01T00:00:00+00:00", 30, with(0, p -> new Period(p.sp(), v, "A", null, null)), type, null),
                OK, "DS1", TODAY);
        assertThat(r.rejectionCodes()).isEqualTo(rejected ? List.of("ECS1012") : List.of());
    }

    @Test
    void maxima_are_configurable() {
        ConsumptionChecks tight = new ConsumptionChecks(java.util.Map.of("W", new BigDecimal("0.010")));
        // fullDay v = 0.001·(i+1): indices 10..47 (0.011 … 0.048) are above 0.010 → 38 rejections
        assertThat(tight.check(day(fullDay()), OK, "DS1", TODAY).rejectionCodes()).hasSize(38)
                .allMatch("ECS1012"::equals);
    }

    @Test
    void de_energised_actual_is_a_warning_non_actual_a_rejection() {
        MpanStatus off = new MpanStatus(true, "DS1", false, "I", LocalDate.of(2027, 1, 1));
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            periods.add(new Period(sp(i), "0.000", "A", null, null));
        }
        periods.set(2, new Period(sp(2), "1.500", "A1", null, null));   // actual non-zero → warning
        periods.set(4, new Period(sp(4), "0.000", "E2", "1", null));    // zero estimate → fine
        CheckResult warned = checks.check(day(periods), off, "DS1", TODAY);
        assertThat(warned.accepted()).isTrue();
        assertThat(warned.warnings()).containsExactly(new Finding("[ConsumptionOnDeEnergisedMPAN]",
                "Actual Consumption recorded for ECS De-Energised MPAN: MPAN 1012345678901, sp "
                        + sp(2) + " v 1.500"));
        assertThat(warned.values()[2]).isEqualByComparingTo("1.5");

        periods.set(6, new Period(sp(6), "0.200", "E2", "1", null));    // non-actual non-zero → ECS1008
        CheckResult rejected = checks.check(day(periods), off, "DS1", TODAY);
        assertThat(rejected.rejectionCodes()).containsExactly("ECS1008");
        assertThat(rejected.rejections().get(0).reason()).isEqualTo("ECS1008 - SP End Date/Time contains "
                + "non-Actual Consumption for ECS De-Energised MPAN: sp " + sp(6) + " v 0.200 q E2");
        assertThat(rejected.warnings()).hasSize(1);  // still reported
        // energised: neither
        assertThat(checks.check(day(periods), OK, "DS1", TODAY).accepted()).isTrue();
    }

    @Test
    void every_code_used_is_in_the_catalogue() {
        for (String code : List.of("ECS1002", "ECS1003", "ECS1004", "ECS1005", "ECS1006", "ECS1007", "ECS1008",
                "ECS1009", "ECS1010", "ECS1011", "ECS1012", "ECS1013", "ECS1014", "ECS1015", "ECS1016",
                ConsumptionChecks.NOT_APPOINTED_CODE, "RCP1021", "RCP1022")) {
            assertThat(uk.mhhs.common.codes.CodeBook.standard().textOf(code)).as(code).isPresent();
        }
    }
}
