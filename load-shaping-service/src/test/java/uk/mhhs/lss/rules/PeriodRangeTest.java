package uk.mhhs.lss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodRangeTest {

    @ParameterizedTest(name = "\"{0}\" has {1} periods")
    @CsvSource(delimiter = '|', value = {
        "15-48            | 34", // 48 − 15 + 1
        "1-14             | 14", // 14 − 1 + 1
        // 16..48 is 48 − 16 + 1 = 33 periods, plus period 1 = 34 (the brief's "33" counts only 16-48);
        // with the off-peak "2-15" (14) it makes 34 + 14 = 48
        "1,16-48          | 34",
        "2-15             | 14", // 15 − 2 + 1
        "1-48             | 48",
        "48               | 1",
        "1,3,5            | 3",
        "' 1 , 16 - 48 '  | 34", // whitespace allowed, same as "1,16-48"
        "01-09            | 9", // leading zero allowed: 1..9
    })
    void sizes(String text, int size) {
        assertThat(PeriodRange.parse(text).size()).isEqualTo(size);
    }

    @Test
    void the_variant_peak_and_off_peak_contain_the_right_periods_and_complement_each_other() {
        PeriodRange peak = PeriodRange.parse("1,16-48");
        PeriodRange off = PeriodRange.parse("2-15");
        assertThat(peak.containsPeriod(1)).isTrue();
        assertThat(peak.containsPeriod(2)).isFalse();
        assertThat(peak.containsPeriod(15)).isFalse();
        assertThat(peak.containsPeriod(16)).isTrue();
        assertThat(peak.containsPeriod(48)).isTrue();
        assertThat(peak.containsIndex(0)).isTrue(); // index 0 = period 1
        assertThat(peak.containsIndex(14)).isFalse(); // index 14 = period 15
        assertThat(peak.containsPeriod(0)).isFalse();
        assertThat(peak.containsPeriod(49)).isFalse();
        assertThat(peak.overlaps(off)).isFalse();
        assertThat(peak.size() + off.size()).isEqualTo(48); // 34 + 14
        assertThat(PeriodRange.parse("15-48").overlaps(PeriodRange.parse("1-15"))).isTrue(); // both have 15
        assertThat(PeriodRange.parse(" 1 , 16 - 48 ")).isEqualTo(peak);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "0-5        | period 0 is outside 1..48",
        "49         | period 49 is outside 1..48",
        "1-49       | period 49 is outside 1..48",
        "100        | \"100\" is not a period number",
        "16-1       | range \"16-1\" is reversed",
        "a-b        | \"a\" is not a period number",
        "1,,2       | empty part",
        "'1,'       | empty part",
        "1-2-3      | \"1-2-3\" is not a number or a range",
        "1-10,5-12  | period 5 appears twice",
        "3,3        | period 3 appears twice",
        "-5         | \"\" is not a period number",
        "5-         | \"\" is not a period number",
        "+3         | \"+3\" is not a period number",
        "1.5        | \"1.5\" is not a period number",
    })
    void invalid_strings_are_rejected_with_a_clear_message(String text, String why) {
        assertThatThrownBy(() -> PeriodRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid period range \"" + text + "\"")
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void an_empty_string_is_rejected(String text) {
        assertThatThrownBy(() -> PeriodRange.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
    }
}
