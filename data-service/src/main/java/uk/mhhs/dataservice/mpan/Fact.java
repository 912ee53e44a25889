package uk.mhhs.dataservice.mpan;

/** The effective-dated facts the data service keeps of an MPAN, and the message each comes from. */
public enum Fact {
    /** W/L/H/E/U: IF-036 B023. */
    CONNECTION_TYPE,
    /** S/A/U: IF-036 B026. */
    SEGMENT,
    /** E/D: IF-036 B025, IF-008 B025. */
    ENERGISATION,
    /** H/D/M/N: IF-036 B068, IF-026 [ConsentGranularity] B068. */
    CONSENT,
    /** kWh: IF-036 B027 (the MDS's annual consumption that REGS carries; IF-040 itself goes only to REGS). */
    AC,
    /** kWh: IF-024 [SN-SupplierAC] B058, from B057's effective date. */
    SNAC,
    /** I/E: IF-036 B023, IF-018 [EnergyDirection]. */
    ENERGY_DIRECTION,
    /** T/F: IF-036 B028, IF-018 [DomPremInd]. */
    DOMESTIC,
    /** T/F: IF-024 [SN-Vacant] (T from its effective date, F from its expiry). */
    VACANT,
    /** T/F: IF-024 [SN-RemoteDisabled] / [SN-RemoteEnabled]. */
    REMOTE_DISABLED,
    /** T/F: IF-024 [SN-NoComms]. */
    NO_COMMS,
    /** T/F: IF-024 [SN-OffPeakDec]. */
    OFF_PEAK
}
