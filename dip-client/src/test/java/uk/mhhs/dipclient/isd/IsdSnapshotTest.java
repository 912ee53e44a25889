package uk.mhhs.dipclient.isd;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class IsdSnapshotTest {

    @Test
    void a_flag_reads_the_json_booleans_isd_publishes_and_the_t_f_spelling_alike() {
        // what the ISD service writes for consumption-component-class 100 (BOOLEAN column domestic_premise)
        IsdSnapshot published = IsdSnapshot.parse("""
                {"entity":"consumption-component-class","key":"100","version":1,"effectiveFrom":"2024-01-01",
                 "effectiveTo":null,"values":{"ccc_id":100,"domestic_premise":true,"base_bm_unit":false,
                 "spelt":"T","none":null}}""".getBytes(StandardCharsets.UTF_8));

        assertThat(published.flag("domestic_premise")).isEqualTo("T");
        assertThat(published.flag("base_bm_unit")).isEqualTo("F");
        assertThat(published.flag("spelt")).isEqualTo("T");
        assertThat(published.flag("none")).isNull();
        assertThat(published.flag("absent")).isNull();
    }
}
