package uk.mhhs.registration.migration;

import uk.mhhs.common.csv.Csv;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationRowRulesTest {

    @Test
    void generated_rows_all_pass_the_rules() throws Exception {
        StringWriter out = new StringWriter();
        MigrationFileGenerator.write(200, 1, out);
        String[] lines = out.toString().split("\n");
        MigrationRowRules rules = new MigrationRowRules(Csv.splitLine(lines[0]));

        assertThat(rules.headerProblem()).isEmpty();
        for (int i = 1; i < lines.length; i++) {
            assertThat(rules.check(i + 1, Csv.splitLine(lines[i])).problems()).as(lines[i]).isEmpty();
        }
    }

    @Test
    void mpan_set_finds_duplicates_across_growth() {
        MpanSet set = new MpanSet();
        for (long i = 1; i <= 200_000; i++) {
            assertThat(set.add(1_200_000_000_000L + i)).isTrue();
        }
        assertThat(set.add(1_200_000_000_001L)).isFalse();
        assertThat(set.add(1_200_000_200_000L)).isFalse();
    }
}
