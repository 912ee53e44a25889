package uk.mhhs.lss.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.mhhs.lss.rules.Kwh.kwh;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleCubeTest {

    static final Category T_A = new Category("_A", "W", "S", "T", "AI");
    static final Category F_A = new Category("_A", "W", "S", "F", "AI");
    static final Category T_B = new Category("_B", "W", "S", "T", "AI");

    @ParameterizedTest(name = "{0} kWh = {1} milli-kWh")
    @CsvSource({"0.2,200", "0.250,250", "1.0005,1001", "1.0004,1000", "12.345,12345", "0,0", "-0.5,-500"})
    void kwh_to_milli_kwh(String kwh, long milli) {
        assertThat(PeriodSums.toMilliKwh(kwh(kwh))).isEqualTo(milli);
    }

    @Test
    void sums_by_fine_category_and_period_and_aggregates_a_level() {
        SampleCube cube = new SampleCube();
        cube.add(T_A, 0, kwh("0.100"), "A");
        cube.add(T_A, 0, kwh("0.200"), "A1");
        cube.add(F_A, 0, kwh("0.300"), "A2");
        cube.add(T_B, 0, kwh("0.400"), "A");
        cube.add(T_A, 47, kwh("1.000"), "A");
        Map<Category, PeriodSums> fine = cube.sums();
        assertThat(fine).containsOnlyKeys(T_A, F_A, T_B);
        assertThat(fine.get(T_A).countAt(0)).isEqualTo(2);
        assertThat(fine.get(T_A).sumAt(0)).isEqualTo(300);  // 100 + 200
        assertThat(fine.get(T_A).sumAt(47)).isEqualTo(1000);
        PeriodSums groupAny = SampleCube.aggregate(fine, T_A.withAnyDomestic());
        assertThat(groupAny.countAt(0)).isEqualTo(3);        // T_A 2 + F_A 1
        assertThat(groupAny.sumAt(0)).isEqualTo(600);        // 300 + 300
        PeriodSums nationalT = SampleCube.aggregate(fine, T_A.national());
        assertThat(nationalT.countAt(0)).isEqualTo(3);       // T_A 2 + T_B 1
        assertThat(nationalT.meanKwh(0)).isEqualTo(kwh("0.233")); // 0.700 / 3 = 0.2333.. → 0.233
        assertThat(nationalT.meanKwh(1)).isNull();           // nobody in period 2
        assertThat(SampleCube.aggregate(fine, T_A.national().withAnyDomestic()).maxCount()).isEqualTo(4);
    }

    @Test
    void period_sums_are_checked_and_compared_by_content() {
        assertThat(PeriodSums.uniform(2, 500)).isEqualTo(PeriodSums.empty().plus(PeriodSums.uniform(2, 500)));
        assertThat(PeriodSums.empty().with(3, 1, 250).countAt(3)).isEqualTo(1);
        assertThatThrownBy(() -> new PeriodSums(new long[47], new long[48])).hasMessageContaining("48 periods");
        assertThatThrownBy(() -> PeriodSums.uniform(-1, 0)).hasMessageContaining("negative");
        assertThatThrownBy(() -> PeriodSums.uniform(0, 5)).hasMessageContaining("a sum but no MPAN");
        assertThatThrownBy(() -> new SampleCube().addSums(T_A, 48, 1, 1)).hasMessageContaining("0..47");
        long[] counts = new long[48];
        PeriodSums p = new PeriodSums(counts, new long[48]);
        counts[0] = 9; // the record copied the array
        assertThat(p.countAt(0)).isZero();
    }
}
