package uk.mhhs.mds.rules;

/**
 * The families of IF-021 quality codes ({@code q}) MDS distinguishes. Codes themselves are defined by the data
 * services (A, A1, A2 actual; E0…E9, EA1, EA12… estimated; ZE, ZE1, ZE2, ZE3 zero estimates).
 */
public final class QualityCodes {

    /**
     * MDS's own quality code for a value it defaulted because no data service sent one (reconstructed: the
     * published design names defaulted data but not its {@code q}).
     */
    public static final String DEFAULTED = "D";

    private QualityCodes() {}

    /**
     * @param q a quality code
     * @return whether it is an actual: A, A1 or A2
     */
    public static boolean isActual(String q) {
        return "A".equals(q) || "A1".equals(q) || "A2".equals(q);
    }

    /**
     * @param q a quality code
     * @return whether it is a zero estimate: ZE, ZE1, ZE2 or ZE3 ({@code ECS1011})
     */
    public static boolean isZeroEstimate(String q) {
        return "ZE".equals(q) || "ZE1".equals(q) || "ZE2".equals(q) || "ZE3".equals(q);
    }

    /**
     * @param q a quality code
     * @return whether it is an estimate that must carry an estimation reason ({@code ECS1015}): the E family
     *     (E0…E9, EA…) and the ZE family
     */
    public static boolean isEstimate(String q) {
        return q != null && q.startsWith("E") || isZeroEstimate(q);
    }
}
