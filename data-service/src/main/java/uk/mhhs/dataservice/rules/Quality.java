package uk.mhhs.dataservice.rules;

/**
 * Quality codes ({@code q}) of a period value. The meanings are reconstructed from the published MHHS
 * design; the codes the rules produce and when are documented on {@link DayProcessor}.
 */
public final class Quality {
    /** Actual, validated reading (for ADS: main meter agrees with the check meter). */
    public static final String A = "A";
    /** ADS: valid main-meter reading, no check data to compare with. */
    public static final String A1 = "A1";
    /** ADS: main-meter value failed (or was missing) and was substituted from the check meter. */
    public static final String A2 = "A2";
    /** ADS: interpolation scaled to a known register advance. */
    public static final String A3 = "A3";
    /** Single missing/invalid period linearly interpolated between its neighbours. */
    public static final String E0 = "E0";
    /** Daily advance available, used in a period with other estimates (reserved; E2 is produced). */
    public static final String E1 = "E1";
    /** Daily register advance apportioned over the missing periods by load shape. */
    public static final String E2 = "E2";
    /** Multi-day advance apportioned to the day, then over the missing periods by load shape. */
    public static final String E3 = "E3";
    /** Consumption amendment (agreed / override value, IF-027 → IF-028). Reconstructed choice. */
    public static final String E8 = "E8";
    /** Annual consumption (SNAC or AC) × load shape. */
    public static final String E9 = "E9";
    /** ADS: unscaled interpolation. */
    public static final String EA1 = "EA1";
    /** ADS: load shape × annual consumption. */
    public static final String EA12 = "EA12";
    /** Zero: zero advance, de-energised or disconnected. */
    public static final String ZE = "ZE";
    /** Zero: no period data, no advance and no annual consumption at all. */
    public static final String ZE1 = "ZE1";
    /** Zero: premises vacant (long-term vacant advisory). */
    public static final String ZE2 = "ZE2";
    /** Zero: meter remotely disabled. */
    public static final String ZE3 = "ZE3";

    private Quality() {}

    /** Whether a quality code is an actual (A, A1, A2), which carries no estimation reason. */
    public static boolean isActual(String q) {
        return A.equals(q) || A1.equals(q) || A2.equals(q);
    }
}
