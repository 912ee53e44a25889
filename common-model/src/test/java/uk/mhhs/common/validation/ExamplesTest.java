package uk.mhhs.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.validation.MessageValidator.Mode;

/** The example messages the README points users at stay valid against the catalogue. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void every_example_message_is_valid_for_its_interface() throws IOException {
        MessageValidator validator = new MessageValidator(Mode.DIP,
                Clock.fixed(Instant.parse("2026-11-23T17:00:00Z"), ZoneOffset.UTC), Duration.ZERO);
        List<Path> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode batch = JsonMapper.shared().readTree(file.toFile());
            assertThat(batch.isArray()).as(file.toString()).isTrue();
            for (JsonNode message : batch) {
                String interfaceId = file.getFileName().toString().substring(0, 6);
                ValidationResult result = validator.validate(interfaceId, message.get("payload"));
                assertThat(result.violations()).as(file.toString()).isEmpty();
            }
        }
    }
}
