package uk.mhhs.vas.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gauge family {@code vas.correction.factor} (tags {@code gsp_group}, {@code period}, {@code run_type}): for each
 * run type, the correction factors of its latest published run. An undefined factor (no correctable volume) shows as
 * NaN; a published run replaces every gauge of its run type, so periods a longer day had do not linger.
 */
@Component
public class CorrectionFactorMetrics {

    /** The gauge's name. */
    public static final String NAME = "vas.correction.factor";

    /** One GSP group and period's factor, null when undefined. */
    record PeriodFactor(String gspGroup, int period, BigDecimal factor) {
    }

    private final MultiGauge gauges;
    private final JdbcTemplate jdbc;
    private final Map<RunType, List<MultiGauge.Row<?>>> rows = new EnumMap<>(RunType.class);

    public CorrectionFactorMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        this.gauges = MultiGauge.builder(NAME)
                .description("GSP Group Correction factor of the latest published run of each run type")
                .register(registry);
        this.jdbc = jdbc;
    }

    /** Shows the stored correction factors of {@code run}, which was just published, for its run type. */
    public void published(RunContext run) {
        show(run.runType(), jdbc.query("select gsp_group, period, factor from correction_factor where run_id = ? "
                        + "order by gsp_group, period",
                (rs, i) -> new PeriodFactor(rs.getString("gsp_group"), rs.getInt("period"), rs.getBigDecimal("factor")),
                run.runId()));
    }

    synchronized void show(RunType runType, List<PeriodFactor> factors) {
        List<MultiGauge.Row<?>> typeRows = new ArrayList<>(factors.size());
        for (PeriodFactor f : factors) {
            typeRows.add(MultiGauge.Row.of(Tags.of("gsp_group", f.gspGroup(), "period", String.valueOf(f.period()),
                    "run_type", runType.name()), f.factor() == null ? Double.NaN : f.factor().doubleValue()));
        }
        rows.put(runType, typeRows);
        gauges.register(rows.values().stream().<MultiGauge.Row<?>>flatMap(List::stream).toList(), true);
    }
}
