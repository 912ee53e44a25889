package uk.mhhs.tools.catalogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keywords the converter does not understand stop the generator instead of being silently dropped. */
class OpenApiSchemaConverterTest {

    @Test
    void refuses_an_unknown_keyword(@TempDir Path specDir) throws Exception {
        Files.writeString(specDir.resolve("S.yaml"), """
                components:
                  schemas:
                    Thing:
                      type: object
                      discriminator:
                        propertyName: kind
                """);
        OpenApiSchemaConverter converter = new OpenApiSchemaConverter(new SpecDocuments(specDir));
        assertThatThrownBy(() -> converter.convertRoot("S.yaml", "Thing")).hasMessageContaining("discriminator");
    }

    @Test
    void refuses_a_meaningful_sibling_of_ref(@TempDir Path specDir) throws Exception {
        Files.writeString(specDir.resolve("S.yaml"), """
                components:
                  schemas:
                    Thing:
                      $ref: '#/components/schemas/Other'
                      nullable: true
                    Other:
                      type: string
                """);
        OpenApiSchemaConverter converter = new OpenApiSchemaConverter(new SpecDocuments(specDir));
        assertThatThrownBy(() -> converter.convertRoot("S.yaml", "Thing")).hasMessageContaining("beside $ref");
    }
}
