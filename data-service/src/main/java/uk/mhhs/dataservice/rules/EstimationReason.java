package uk.mhhs.dataservice.rules;

import java.util.Set;

/** Estimation reason codes ({@code e}) and consumption amendment reason codes ({@code arc}). */
public final class EstimationReason {
    public static final String OPT_OUT = "1";
    public static final String MISSING = "2";
    public static final String INVALID = "3";
    public static final String COMMS_FAULT = "4";
    /** Long-term vacant. */
    public static final String VACANT = "5";
    public static final String DISABLED = "6";
    public static final String DE_ENERGISED = "7";
    public static final String DISCONNECTED = "8";
    public static final String CONSUMPTION_AMENDMENT = "9";
    public static final String NON_SMART = "10";

    /** The valid consumption amendment reason codes. */
    public static final Set<String> AMENDMENT_REASON_CODES = Set.of("A", "E", "M", "R", "S", "T", "X");

    private EstimationReason() {}
}
