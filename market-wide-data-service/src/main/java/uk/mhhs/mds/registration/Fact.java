package uk.mhhs.mds.registration;

/** What MDS keeps of each MPAN (effective-dated, the kit's {@code mpan_fact}) and the messages each comes from. */
public enum Fact {
    /** T while the MPAN is registered in MHHS and settled by us: IF-001 (T), IF-003 reverse migration, IF-009
     *  CSS de-registration and disconnection (F), reconnection (T). */
    REGISTERED,
    /** Supplier DIP ID and MPID: IF-001 B002, IF-003 B002. */
    SUPPLIER,
    SUPPLIER_MPID,
    /** GSP group: M0 of IF-001, IF-018 [GSPChg] from B001's date. */
    GSP_GROUP,
    /** The LDSO's DIP ID: M0. */
    DISTRIBUTOR,
    /** DUoS tariff ID (→ LLFC through ISD): IF-001 B024, IF-018 [DUOSTariffIDChg]. */
    DUOS_TARIFF,
    /** W/L/H/E/U from its effective date: IF-001 B023, IF-018, IF-044 B023. */
    CONNECTION_TYPE,
    /** I/E: IF-001 B023, IF-018 [EnergyDirection]. */
    ENERGY_DIRECTION,
    /** S/A/U: IF-001 B026, IF-044. */
    SEGMENT,
    /** T/F: IF-001 B004, IF-018 [DomPremInd] B028. */
    DOMESTIC,
    /** E/D: IF-001 B025, IF-008. */
    ENERGISATION,
    /** The appointed Data Service's DIP ID ('' when none): IF-001 B005, IF-036 [DSAppActive], IF-037 [DSDeApp]. */
    DATA_SERVICE,
    /** Annual consumption kWh: IF-001 B027. */
    ANNUAL_CONSUMPTION
}
