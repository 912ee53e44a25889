package uk.mhhs.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class TestServersTest {

    @ParameterizedTest(name = "property {0}, environment {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "null,           null,           EMBEDDED",        // nothing asked: the embedded servers
            "'',             '  ',           EMBEDDED",        // blank is not set
            "testcontainers, null,           TESTCONTAINERS",
            "null,           testcontainers, TESTCONTAINERS",
            "' Testcontainers ', null,       TESTCONTAINERS",  // case and spaces do not matter
            "embedded,       testcontainers, EMBEDDED",        // the property wins over the environment
            "testcontainers, embedded,       TESTCONTAINERS"})
    void the_property_then_the_environment_choose_the_servers(String property, String environment,
                                                              TestServers expected) {
        assertThat(TestServers.choose(property, environment)).isEqualTo(expected);
    }

    @Test
    void an_unknown_choice_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> TestServers.choose(null, "docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mhhs.test.servers / MHHS_TEST_SERVERS must be 'embedded' or 'testcontainers', not"
                        + " 'docker'");
    }

    @Test
    void the_images_are_the_compose_files() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));

        assertThat(image(compose, "postgres")).isEqualTo(TestServers.POSTGRES_IMAGE);
        assertThat(image(compose, "kafka")).isEqualTo(TestServers.KAFKA_IMAGE);
    }

    /** Where Docker is missing (CI, this machine): Testcontainers asked for fails at once and says what to change. */
    @Test
    void testcontainers_without_a_docker_engine_fail_fast_naming_the_setting() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is here: nothing to refuse");

        String expected = "MHHS_TEST_SERVERS=testcontainers (or -Dmhhs.test.servers=testcontainers, -Ptestcontainers)"
                + " asks for %s in a Docker container, but Testcontainers found no Docker engine";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(DockerPostgres::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(expected.formatted("PostgreSQL (postgres:17)"))
                    .hasMessageContaining("unset MHHS_TEST_SERVERS / mhhs.test.servers to use the embedded servers");
            assertThatThrownBy(DockerKafka::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(expected.formatted("Kafka (apache/kafka:4.2.1)"));
        });
    }

    /** The {@code image:} line of a top-level service of the compose file. */
    private static String image(String compose, String service) {
        Matcher matcher = Pattern.compile("(?m)^  " + service + ":\\R(?:    .*\\R)*?    image: (\\S+)")
                .matcher(compose);
        assertThat(matcher.find()).as("service %s in docker-compose.yml", service).isTrue();
        return matcher.group(1);
    }
}
