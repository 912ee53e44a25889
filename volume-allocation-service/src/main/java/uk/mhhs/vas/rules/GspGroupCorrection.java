package uk.mhhs.vas.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GSP Group Correction of one GSP group and settlement period (ecs-services.md §6): scales the uncorrected
 * component volumes, by their classes' scaling weights, so that they add up to the GSP Group Take.
 */
public final class GspGroupCorrection {

    /**
     * One uncorrected component volume.
     *
     * @param bmUnitId       the supplier BM unit
     * @param componentClass its class (scaling weight W)
     * @param volume         C, signed: export negative
     */
    public record Component(String bmUnitId, ComponentClass componentClass, BigDecimal volume) {
    }

    /** A component with its corrected volume CORC. */
    public record CorrectedComponent(Component component, BigDecimal corrected) {
    }

    /**
     * The correction of a GSP group and period.
     *
     * @param factor     the factor, its sums and exception
     * @param components every component with its CORC, in the order given
     * @param bmUnits    BMUADV per BM unit: the sum of its CORCs, in order of first appearance
     */
    public record Result(CorrectionFactor factor, List<CorrectedComponent> components,
                         Map<String, BigDecimal> bmUnits) {
    }

    private final CorrectionBand band;

    public GspGroupCorrection(CorrectionBand band) {
        this.band = band;
    }

    /** Corrects {@code components} to {@code gspGroupTake}. */
    public Result correct(BigDecimal gspGroupTake, List<Component> components) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Component c : components) {
            sum = sum.add(c.volume());
            weighted = weighted.add(c.componentClass().scalingWeight().multiply(c.volume()));
        }
        CorrectionFactor factor = CorrectionFactor.of(gspGroupTake, sum, weighted, band);
        List<CorrectedComponent> corrected = new ArrayList<>(components.size());
        Map<String, BigDecimal> bmUnits = new LinkedHashMap<>();
        for (Component c : components) {
            BigDecimal corc = factor.corrected(c.volume(), c.componentClass().scalingWeight());
            corrected.add(new CorrectedComponent(c, corc));
            bmUnits.merge(c.bmUnitId(), corc, BigDecimal::add);
        }
        return new Result(factor, List.copyOf(corrected), bmUnits);
    }
}
