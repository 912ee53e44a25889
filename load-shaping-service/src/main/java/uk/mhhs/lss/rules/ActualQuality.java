package uk.mhhs.lss.rules;

import java.util.Set;

/**
 * Which period quality codes count as ACTUAL for a load shape. Only actual values enter the sample.
 *
 * <ul>
 * <li>Actual: A (validated actual), A1 (advanced, main meter without check data), A2 (advanced, substituted
 * from the check meter — still a metered value).</li>
 * <li>Not actual: A3 (interpolation scaled to a register advance — an estimate shaped by an interpolation,
 * even though it carries an "A" code), AAE1..AAE3 and EAE1..EAE3 (advanced estimates), every E*, EA* estimate,
 * every Z* zero, and {@code null}.</li>
 * </ul>
 * Reconstructed: treating A3 and the AAE codes as not actual (the published design names them but does not
 * say whether load shaping uses them).
 */
public final class ActualQuality {

    /** The quality codes counted as actual. */
    public static final Set<String> ACTUAL = Set.of("A", "A1", "A2");

    private ActualQuality() {}

    /** Whether a value of quality {@code q} enters the load shape sample. */
    public static boolean isActual(String q) {
        return q != null && ACTUAL.contains(q);
    }
}
