package uk.mhhs.dataservice.rules.unmetered;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an unmetered inventory: {@code quantity} identical apparatus of a charge code, each drawing
 * {@code circuitWatts} (lamp plus control gear) while switched on under {@code regime}.
 */
public record UnmeteredItem(String chargeCode, BigDecimal circuitWatts, int quantity, SwitchRegime regime) {

    public UnmeteredItem {
        Objects.requireNonNull(circuitWatts, "circuitWatts");
        Objects.requireNonNull(regime, "regime");
        if (circuitWatts.signum() < 0 || quantity < 0) {
            throw new IllegalArgumentException("circuit watts and quantity must not be negative");
        }
    }
}
