package uk.mhhs.mds.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds the consumption component class (CCC) of a value, from the ISD list. */
public final class ConsumptionComponentClasses {

    /** Component indicator of consumption. */
    public static final String CONSUMPTION = "C";
    /** Component indicator of line losses. */
    public static final String LOSSES = "L";
    /** Data origin: actual. */
    public static final String ACTUAL = "A";
    /** Data origin: estimated. */
    public static final String ESTIMATED = "E";
    /** Data origin: defaulted by MDS. */
    public static final String DEFAULTED = "D";

    private final List<Ccc> classes;

    /**
     * @param classes the ISD {@code consumption-component-class} rows
     */
    public ConsumptionComponentClasses(List<Ccc> classes) {
        this.classes = List.copyOf(classes);
    }

    /** @return every class, in ISD's order */
    public List<Ccc> all() {
        return classes;
    }

    /**
     * @return the class matching every attribute exactly, or empty (the first one if the ISD has duplicates)
     */
    public Optional<Ccc> find(String mq, String segment, String domestic, String connectionType, String component,
            String origin) {
        return classes.stream()
                .filter(c -> Objects.equals(c.mq(), mq) && Objects.equals(c.segment(), segment)
                        && Objects.equals(c.domestic(), domestic) && Objects.equals(c.connectionType(), connectionType)
                        && Objects.equals(c.component(), component) && Objects.equals(c.dataOrigin(), origin))
                .findFirst();
    }

    /**
     * @param q a quality code, or {@code null} for a period MDS holds no value for
     * @return "A" for A/A1/A2; "D" for MDS's defaulted {@link QualityCodes#DEFAULTED} and for {@code null};
     *     "E" for anything else (E…, EA…, ZE…, A3)
     */
    public static String origin(String q) {
        if (QualityCodes.isActual(q)) {
            return ACTUAL;
        }
        if (q == null || QualityCodes.DEFAULTED.equals(q)) {
            return DEFAULTED;
        }
        return ESTIMATED;
    }
}
