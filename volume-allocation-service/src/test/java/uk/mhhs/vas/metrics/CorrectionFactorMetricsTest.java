package uk.mhhs.vas.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import uk.mhhs.vas.model.RunType;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gauge family keeps, per run type, exactly the factors of the latest published run. */
class CorrectionFactorMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CorrectionFactorMetrics metrics = new CorrectionFactorMetrics(registry, null);

    @Test
    void a_later_run_of_a_type_replaces_its_gauges_and_leaves_other_types_alone() {
        metrics.show(RunType.SF, List.of(factor("_A", 1, "1.05"), factor("_A", 50, "0.95")));
        metrics.show(RunType.II, List.of(factor("_A", 1, "1.20")));

        metrics.show(RunType.SF, List.of(factor("_A", 1, "1.01"), factor("_B", 1, null)));

        assertThat(value("_A", "1", "SF")).isEqualTo(1.01);
        assertThat(value("_B", "1", "SF")).isNaN();
        // the 50-period day's last period is gone with the run that had it
        assertThat(registry.find(CorrectionFactorMetrics.NAME).tags("gsp_group", "_A", "period", "50").gauge())
                .isNull();
        assertThat(value("_A", "1", "II")).isEqualTo(1.20);
        assertThat(registry.find(CorrectionFactorMetrics.NAME).gauges()).hasSize(3);
    }

    private double value(String group, String period, String runType) {
        return registry.get(CorrectionFactorMetrics.NAME)
                .tags("gsp_group", group, "period", period, "run_type", runType).gauge().value();
    }

    private static CorrectionFactorMetrics.PeriodFactor factor(String group, int period, String factor) {
        return new CorrectionFactorMetrics.PeriodFactor(group, period, factor == null ? null : new BigDecimal(factor));
    }
}
