package uk.mhhs.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;

/** Every schema the catalogue points at is on the classpath and compiles in networknt. */
class CataloguedSchemasTest {

    @Test
    void every_catalogued_schema_compiles() {
        Set<String> schemas = new TreeSet<>();
        for (InterfaceDefinition channel : InterfaceCatalogue.standard().all()) {
            schemas.addAll(channel.schemas());
        }
        for (String schema : schemas) {
            VariantSchemas.Compiled compiled = VariantSchemas.shared().get(schema);
            assertThat(compiled.schema()).as(schema).isNotNull();
            assertThat(compiled.keys().officialKeysAt(java.util.List.of()))
                    .as(schema).contains("CommonBlock");
        }
        // IF-001..IF-065 variants plus the twelve REP payloads, one file each.
        assertThat(schemas).hasSizeGreaterThan(100);
    }
}
