package uk.mhhs.mds.rules;

import java.math.BigDecimal;

/**
 * A consumption component class, the ISD entity {@code consumption-component-class} (columns ccc_id,
 * measurement_quantity_id, market_segment, domestic_premise, connection_type, component_indicator, data_origin,
 * scaling_weight).
 *
 * @param id             ccc_id
 * @param mq             AI, AE, RI, RE
 * @param segment        market segment: S smart, A advanced, U unmetered
 * @param domestic       T or F
 * @param connectionType W, L, H, E, U
 * @param component      C consumption, L line losses
 * @param dataOrigin     A actual, E estimated, D defaulted
 * @param scalingWeight  the weight of the class in the supplier's deemed volume
 */
public record Ccc(int id, String mq, String segment, String domestic, String connectionType, String component,
        String dataOrigin, BigDecimal scalingWeight) {}
