package uk.mhhs.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keys take the schema's spelling; values and unknown keys are left alone. */
class KeyCanonicaliserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KeyCanonicaliser KEYS = KeyCanonicaliser.forSchema(JSON.readTree("""
            {"type":"object","properties":{
               "CommonBlock":{"type":"object","properties":{
                 "M0":{"type":"object","properties":{"MPANCore":{"type":"string"},"GSPGroupID":{"type":"string"}}}}},
               "B064List":{"type":"array","items":{"type":"object","properties":{"meterID":{"type":"string"}}}}}}
            """));

    @Test
    void rewrites_keys_to_official_spelling_at_every_depth_and_in_arrays() {
        JsonNode canonical = KEYS.canonicalise(JSON.readTree("""
                {"commonblock":{"m0":{"MPANcore":"2000056535971","gspgroupid":"_a"}},
                 "b064list":[{"METERID":"X1"},{"meterid":"x2"}]}
                """));
        assertThat(canonical).isEqualTo(JSON.readTree("""
                {"CommonBlock":{"M0":{"MPANCore":"2000056535971","GSPGroupID":"_a"}},
                 "B064List":[{"meterID":"X1"},{"meterID":"x2"}]}
                """));
    }

    @Test
    void leaves_unknown_keys_and_their_values_as_they_are() {
        JsonNode canonical = KEYS.canonicalise(JSON.readTree("{\"commonBlock\":{\"Extra\":{\"mpancore\":1}}}"));
        assertThat(canonical).isEqualTo(JSON.readTree("{\"CommonBlock\":{\"Extra\":{\"mpancore\":1}}}"));
    }

    @Test
    void an_official_spelling_keeps_its_name_and_a_second_spelling_stays_unknown() {
        JsonNode canonical = KEYS.canonicalise(JSON.readTree(
                "{\"CommonBlock\":{\"M0\":{\"mpancore\":\"a\",\"MPANCore\":\"b\"}}}"));
        assertThat(canonical.at("/CommonBlock/M0/MPANCore").asString()).isEqualTo("b");
        assertThat(canonical.at("/CommonBlock/M0/mpancore").asString()).isEqualTo("a");
    }

    @Test
    void does_not_change_the_tree_it_is_given() {
        JsonNode incoming = JSON.readTree("{\"commonblock\":{}}");
        KEYS.canonicalise(incoming);
        assertThat(incoming.has("commonblock")).isTrue();
    }

    @Test
    void knows_the_official_keys_at_a_place_in_the_tree() {
        assertThat(KEYS.officialKeysAt(List.of("commonBlock", "M0"))).containsExactly("GSPGroupID", "MPANCore");
        assertThat(KEYS.officialKeysAt(List.of("B064List", 3))).containsExactly("meterID");
        assertThat(KEYS.officialKeysAt(List.of("Nowhere"))).isEmpty();
    }
}
