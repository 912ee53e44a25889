package uk.mhhs.vas.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row per check: a complete file for 2026-11-20 (48 periods; line of group g, period p = 1 + (g − 1) × 48 + p,
 * so _A period 1 is line 2 and the last, _P period 48, line 673) with one change, and the problems it must raise as
 * "line:field:code".
 */
class GspGroupTakeCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final GspGroupTakeCheck CHECK = new GspGroupTakeCheck(BigDecimal.ZERO, new BigDecimal("10000000"));

    static Stream<Arguments> files() {
        return Stream.of(
                row("complete file", l -> l),
                row("maximum itself is allowed", set(1, "2026-11-20,_A,1,10000000.000")),
                row("header renamed", set(0, "date,group,period,kwh"), "1:file:VAS001"),
                // the short line's group and period are not read, so _A period 1 is also missing
                row("three fields", set(2 - 1, "2026-11-20,_A,1"), "2:file:VAS002", "0:settlement_period:VAS012"),
                row("month 13", set(1, "2026-13-01,_A,1,1.000"), "2:settlement_date:VAS003"),
                row("GSP group _I", set(1, "2026-11-20,_I,1,1.000"), "2:gsp_group:VAS004",
                        "0:settlement_period:VAS012"),
                row("period 1.5", set(1, "2026-11-20,_A,1.5,1.000"), "2:settlement_period:VAS005",
                        "0:settlement_period:VAS012"),
                row("four decimal places", set(1, "2026-11-20,_A,1,1.0005"), "2:gsp_group_take_kwh:VAS006"),
                row("kWh not a number", set(1, "2026-11-20,_A,1,lots"), "2:gsp_group_take_kwh:VAS006"),
                row("second date", set(2, "2026-11-21,_A,2,1.000"), "3:settlement_date:VAS007"),
                row("negative", set(1, "2026-11-20,_A,1,-1.000"), "2:gsp_group_take_kwh:VAS008"),
                row("above maximum", set(1, "2026-11-20,_A,1,10000000.001"), "2:gsp_group_take_kwh:VAS009"),
                row("duplicate at the end", add("2026-11-20,_A,1,5.000"), "674:gsp_group:VAS010"),
                row("period 49 on a 48-period day", add("2026-11-20,_A,49,5.000"), "674:settlement_period:VAS011"),
                row("period 0", add("2026-11-20,_A,0,5.000"), "674:settlement_period:VAS011"),
                // _P is group 14: lines 626..673
                row("_P missing", l -> new ArrayList<>(l.subList(0, 625)), "0:gsp_group:VAS012"),
                row("header only", l -> new ArrayList<>(l.subList(0, 1)), "0:file:VAS013"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void each_check_finds_its_problem_with_line_field_and_code(String name, UnaryOperator<List<String>> change,
                                                               List<String> expected) {
        GspGroupTakeReport report = CHECK.check(GspGroupTakeFiles.csv(change.apply(
                new ArrayList<>(GspGroupTakeFiles.lines(DAY, 48))))).report();

        assertThat(report.problems()).map(p -> p.line() + ":" + p.field() + ":" + p.code())
                .containsExactlyElementsOf(expected);
        assertThat(report.problemCount()).isEqualTo(expected.size());
        assertThat(report.accepted()).isEqualTo(expected.isEmpty());
    }

    @Test
    void a_complete_48_period_file_gives_672_rows_and_their_total() {
        GspGroupTakeCheck.Checked checked = CHECK.check(GspGroupTakeFiles.csv(DAY, 48).replace("\n", "\r\n"));

        // 14 groups × 48 periods = 672 rows; Σ (1000 g + p + 0.125) = 48 × 1000 × (1 + .. + 14) + 14 × (1 + .. + 48)
        // + 672 × 0.125 = 48 × 1000 × 105 + 14 × 1176 + 84 = 5,040,000 + 16,464 + 84 = 5,056,548.000
        assertThat(checked.rows()).hasSize(672);
        assertThat(checked.report().totalKwh()).isEqualByComparingTo("5056548.000");
        assertThat(checked.report().settlementDate()).isEqualTo(DAY);
        assertThat(checked.report().periods()).isEqualTo(48);
    }

    @Test
    void clock_change_days_need_46_and_50_periods() {
        LocalDate spring = LocalDate.of(2026, 3, 29);
        LocalDate autumn = LocalDate.of(2026, 10, 25);

        assertThat(CHECK.check(GspGroupTakeFiles.csv(spring, 46)).rows()).hasSize(14 * 46);
        assertThat(CHECK.check(GspGroupTakeFiles.csv(autumn, 50)).rows()).hasSize(14 * 50);
        // 48 periods on the 50-period day: each of the 14 groups misses 49 and 50
        GspGroupTakeReport short50 = CHECK.check(GspGroupTakeFiles.csv(autumn, 48)).report();
        assertThat(short50.problems()).hasSize(14).allSatisfy(p -> assertThat(p.code())
                .isEqualTo(GspGroupTakeCode.VAS012));
        assertThat(short50.problems().get(0).message()).isEqualTo(
                "_A: no rows for periods 49, 50 (2026-10-25 has periods 1..50)");
        // 47 and 48 do not exist on the 46-period day
        GspGroupTakeReport long46 = CHECK.check(GspGroupTakeFiles.csv(spring, 48)).report();
        assertThat(long46.problemCount()).isEqualTo(14 * 2);
        assertThat(long46.problems().get(0).message()).isEqualTo(
                "settlement period 47 is not on 2026-03-29, which has periods 1..46");
        assertThat(long46.problems().get(0).line()).isEqualTo(48); // _A period 47: line 1 + 47
    }

    @Test
    void a_missing_group_is_named_and_a_duplicate_names_its_first_line() {
        List<String> lines = new ArrayList<>(GspGroupTakeFiles.lines(DAY, 48).subList(0, 625));
        lines.add("2026-11-20,_B,7,1.000");

        GspGroupTakeReport report = CHECK.check(GspGroupTakeFiles.csv(lines)).report();

        // _B period 7 first on line 1 + 48 + 7 = 56; the duplicate is line 626
        assertThat(report.problems()).map(GspGroupTakeProblem::message).containsExactly(
                "_B period 7 again: first given on line 56", "_P: no rows at all (2026-11-20 has periods 1..48)");
    }

    private static Arguments row(String name, UnaryOperator<List<String>> change, String... expected) {
        return Arguments.of(name, change, List.of(expected));
    }

    private static UnaryOperator<List<String>> set(int index, String line) {
        return l -> {
            l.set(index, line);
            return l;
        };
    }

    private static UnaryOperator<List<String>> add(String line) {
        return l -> {
            l.add(line);
            return l;
        };
    }
}
