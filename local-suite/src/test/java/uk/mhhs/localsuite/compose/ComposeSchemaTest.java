package uk.mhhs.localsuite.compose;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.localsuite.compose.ProjectFiles.ROOT;

/** docker-compose.yml is valid Compose: checked against the compose-spec JSON Schema (vendored, see NOTICE.md). */
class ComposeSchemaTest {

    private final Schema composeSpec = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"));

    @Test
    void docker_compose_yml_follows_the_compose_specification() throws Exception {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));

        List<Error> errors = composeSpec.validate(compose, InputFormat.YAML);

        assertThat(errors).isEmpty();
    }

    @Test
    void the_schema_does_catch_a_broken_file() {
        List<Error> errors = composeSpec.validate("""
                services:
                  kafka:
                    image: apache/kafka:4.2.1
                    depends_on:
                      postgres:
                        condition: when_it_feels_like_it
                    mem_limits: 1g
                """, InputFormat.YAML);

        assertThat(errors).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("mem_limits"));
        assertThat(errors).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("service_healthy"));
    }
}
