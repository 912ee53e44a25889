package uk.mhhs.mds.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsumptionComponentClassesTest {

    /** The ISD seed, read from the sibling module (tests run in the module directory). */
    static final ConsumptionComponentClasses SEED = new ConsumptionComponentClasses(read());

    static List<Ccc> read() {
        try {
            return Files.readAllLines(Path.of("../industry-standing-data/src/main/resources/isd/seed/"
                    + "consumption-component-class.csv")).stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
                        String[] f = l.split(",");
                        return new Ccc(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], new BigDecimal(f[7]));
                    }).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5} → {6}")
    @CsvSource({
        // rows of the seed CSV: 100 = AI,S,T,W,C,A; 101 = …,E; 102 = …,D; 103 = AI,S,T,W,L,A
        "AI, S, T, W, C, A, 100",
        "AI, S, T, W, C, E, 101",
        "AI, S, T, W, C, D, 102",
        "AI, S, T, W, L, A, 103",
        "AI, A, T, H, C, A, 0",  // advanced domestic has L only: none
        "XX, S, T, W, C, A, 0",
    })
    void find(String mq, String segment, String domestic, String type, String component, String origin, int id) {
        Optional<Ccc> found = SEED.find(mq, segment, domestic, type, component, origin);
        assertThat(found.map(Ccc::id).orElse(0)).isEqualTo(id);
    }

    @Test
    void seed_has_60_classes_with_weights() {
        assertThat(read()).hasSize(60);
        assertThat(SEED.find("AI", "S", "T", "W", "C", "A")).get().extracting(Ccc::scalingWeight)
                .isEqualTo(new BigDecimal("1.0000"));
    }

    @ParameterizedTest(name = "q {0} → origin {1}")
    @CsvSource(nullValues = "null", value = {
        "A, A", "A1, A", "A2, A",
        "D, D", "null, D",
        "A3, E", "E0, E", "E9, E", "EA12, E", "ZE, E", "ZE3, E",
    })
    void origin(String q, String origin) {
        assertThat(ConsumptionComponentClasses.origin(q)).isEqualTo(origin);
    }
}
