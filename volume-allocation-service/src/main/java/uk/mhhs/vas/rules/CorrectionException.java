package uk.mhhs.vas.rules;

/** Why a GSP group's correction factor for a period goes to REP-007. */
public enum CorrectionException {
    /** Σ W·C is zero: nothing can take the correction, so the factor is undefined and volumes stay uncorrected. */
    NO_CORRECTABLE_VOLUME,
    /** The factor lies outside the configured band; it is still applied. */
    OUTSIDE_BAND
}
