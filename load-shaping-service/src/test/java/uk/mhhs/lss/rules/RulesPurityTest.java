package uk.mhhs.lss.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The LSS rules package stays pure: no Spring, JDBC, Kafka or Jackson (nor jakarta). */
class RulesPurityTest {

    static final List<String> FORBIDDEN = List.of("import org.springframework", "import java.sql", "import javax.sql",
            "import org.apache.kafka", "import com.fasterxml", "import tools.jackson", "import jakarta.");

    @Test
    void no_framework_imports_in_the_rules_packages() throws IOException {
        Path root = Path.of("src/main/java/uk/mhhs/lss/rules");
        assertThat(root).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(line -> FORBIDDEN.stream().anyMatch(line::startsWith))
                            .map(line -> p.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toList());
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void the_check_would_catch_a_framework_import() {
        assertThat(FORBIDDEN).anyMatch("import org.springframework.stereotype.Component;"::startsWith)
                .anyMatch("import java.sql.Connection;"::startsWith)
                .anyMatch("import com.fasterxml.jackson.databind.ObjectMapper;"::startsWith)
                .noneMatch("import java.math.BigDecimal;"::startsWith);
    }
}
