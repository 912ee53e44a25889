package uk.mhhs.tools.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the generator on the tiny fixture spec under src/test/resources and checks what it wrote. */
class CatalogueGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path output;
    private static CatalogueGenerator.Summary summary;

    @BeforeAll
    static void generate() throws Exception {
        Files.createDirectories(output.resolve("schemas"));
        Files.writeString(output.resolve("schemas/IF-999-Stale.json"), "{}");
        summary = new CatalogueGenerator(resource("fixture-spec"), resource("fixture-des138.json")).writeTo(output);
    }

    @Test
    void writes_one_schema_per_variant_and_removes_stale_ones() throws Exception {
        assertThat(summary).isEqualTo(new CatalogueGenerator.Summary(2, 3, 7));
        assertThat(schemaFiles()).containsExactly("IF-901-Alpha.json", "IF-902-Delta.json", "IF-902-Gamma.json");
    }

    @Test
    void single_payload_channel_is_named_after_its_first_event_and_serves_all_its_events() {
        JsonNode if901 = interfaceEntry("IF-901");
        assertThat(if901.path("publicationId").asString()).isEqualTo("PUB-901");
        assertThat(if901.path("name").asString()).isEqualTo("Fixture consumption");
        assertThat(strings(if901.path("events"))).containsExactly("[Alpha]", "[Beta]");
        assertThat(strings(if901.path("schemaVersions"))).containsExactly("011", "012");
        assertThat(if901.path("eventSchemas").path("[Beta]").asString()).isEqualTo("IF-901-Alpha.json");
        assertThat(if901.path("m0Required").asBoolean()).isTrue();
        assertThat(if901.path("m1").asBoolean()).isFalse();
    }

    @Test
    void roles_come_from_the_des138_prose() {
        JsonNode if901 = interfaceEntry("IF-901");
        assertThat(strings(if901.path("senderRoles"))).containsExactly("SDS", "ADS", "UMSDS");
        assertThat(strings(if901.path("recipientRoles"))).containsExactly("SUP", "LDSO", "MDS", "LSS");
        assertThat(if901.path("routingKnown").asBoolean()).isTrue();
        assertThat(interfaceEntry("IF-902").path("routingKnown").asBoolean()).isFalse();
        assertThat(interfaceEntry("IF-902").path("senderRoles")).isEmpty();
    }

    @Test
    void an_event_listed_by_two_variants_maps_to_the_variant_named_after_it() {
        JsonNode if902 = interfaceEntry("IF-902");
        assertThat(if902.path("eventSchemas").path("[Gamma]").asString()).isEqualTo("IF-902-Gamma.json");
        assertThat(if902.path("eventSchemas").path("[Delta]").asString()).isEqualTo("IF-902-Delta.json");
        assertThat(if902.path("m0Required").asBoolean()).isFalse();
        assertThat(if902.path("m1").asBoolean()).isTrue();
        assertThat(if902.path("r0").asBoolean()).isTrue();
    }

    @Test
    void schema_is_self_contained_without_prose_and_with_null_allowed_where_nullable() {
        JsonNode schema = read("schemas/IF-901-Alpha.json");
        String text = schema.toString();
        assertThat(text).doesNotContain("$ref", "description", "example", "prose");
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        JsonNode s1 = schema.at("/properties/CommonBlock/properties/S1");
        assertThat(s1.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(strings(s1.at("/properties/subText/type"))).containsExactly("string", "null");
        assertThat(s1.at("/properties/senderTimestamp/minLength").asInt()).isEqualTo(25);
        JsonNode reason = schema.at("/properties/CustomBlock/properties/B001/properties/reason");
        assertThat(reason.path("enum")).hasSize(3);
        assertThat(reason.path("enum").get(2).isNull()).isTrue();
        assertThat(schema.at("/properties/CommonBlock/properties/M0/properties/MPANCore/pattern").asString())
                .isEqualTo("^\\d{13}?$");
    }

    @Test
    void generated_schema_loads_in_networknt_and_rejects_unknown_keys_and_bad_values() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(read("schemas/IF-901-Alpha.json"));
        JsonNode valid = JSON.readTree("""
                {"CommonBlock":{"S0":{"interfaceID":"IF-901","schemaVersion":"011","eventCode":"[Beta]"},
                 "S1":{"senderTimestamp":"2026-01-01T00:00:00+00:00","subText":null},
                 "M0":{"MPANCore":"2000056535971"}},
                 "CustomBlock":{"B001":{"reason":null,"kwh":"0.250","count":1.5}}}""");
        assertThat(schema.validate(valid)).isEmpty();

        JsonNode invalid = JSON.readTree(valid.toString().replace("\"0.250\"", "\"1.5\"")
                .replace("\"subText\"", "\"subtext\""));
        List<Error> errors = schema.validate(invalid);
        assertThat(errors).extracting(Error::getKeyword)
                .containsExactlyInAnyOrder("pattern", "additionalProperties", "required");
    }

    @Test
    void response_codes_take_the_spec_short_name_first_then_des138_descriptions() {
        JsonNode codes = read("response-codes.json").path("codes");
        assertThat(codes).hasSize(7);
        assertThat(text(codes, "MSG1001")).isEqualTo("Schema Failure");
        assertThat(text(codes, "REG0000")).isEqualTo("MPAN Invalid or does not exist");
        assertThat(text(codes, "SP008")).isEqualTo("Address Information Insufficient or Invalid");
        assertThat(text(codes, "SP010")).isEqualTo("Domestic Indicator Value not Supported");
        assertThat(text(codes, "REG1028")).isEqualTo("Trailing non-breaking spaces");
        assertThat(text(codes, "REG1200")).isEqualTo("Invented code only DES138 knows");
        assertThat(codes.toString()).doesNotContain("long prose");
    }

    private static String text(JsonNode codes, String code) {
        return codes.valueStream().filter(c -> c.path("code").asString().equals(code))
                .map(c -> c.path("text").asString()).findFirst().orElseThrow();
    }

    private static JsonNode interfaceEntry(String id) {
        return read("interfaces.json").path("interfaces").valueStream()
                .filter(entry -> entry.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode read(String file) {
        return JSON.readTree(output.resolve(file));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> schemaFiles() throws Exception {
        try (Stream<Path> files = Files.list(output.resolve("schemas"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CatalogueGeneratorTest.class.getClassLoader().getResource(name).toURI());
    }
}
