package uk.mhhs.common.party;

/**
 * The DIP role codes a participant sends and receives under ({@code S1.senderRoleID}, registry
 * {@code DIPRole}). The spec (DT-009) only bounds the code to 3–5 characters; this is the list the
 * MHHS interfaces use. The constant's name is its wire code.
 */
public enum MarketRole {
    /** Registration Service. */
    REGS("Registration Service"),
    /** Supplier. */
    SUP("Supplier"),
    /** Licensed Distribution System Operator. */
    LDSO("Licensed Distribution System Operator"),
    /** Metering Service, smart. */
    MSS("Metering Service (Smart)"),
    /** Metering Service, advanced. */
    MSA("Metering Service (Advanced)"),
    /** Unmetered Supplies Operator. */
    UMSO("Unmetered Supplies Operator"),
    /** Smart Data Service. */
    SDS("Smart Data Service"),
    /** Advanced Data Service. */
    ADS("Advanced Data Service"),
    /** Unmetered Supplies Data Service. */
    UMSDS("Unmetered Supplies Data Service"),
    /** Market-wide Data Service. */
    MDS("Market-wide Data Service"),
    /** Load Shaping Service. */
    LSS("Load Shaping Service"),
    /** Volume Allocation Service. */
    VAS("Volume Allocation Service"),
    /** Industry Standing Data. */
    ISD("Industry Standing Data"),
    /** Electricity Enquiry Service. */
    EES("Electricity Enquiry Service"),
    /** Meter Data Retriever. */
    MDR("Meter Data Retriever"),
    /** Data Communications Company. */
    DCC("Data Communications Company");

    private final String description;

    MarketRole(String description) {
        this.description = description;
    }

    /**
     * @param code the wire code, e.g. {@code SDS} (case-sensitive, as DIP values are)
     * @return the role
     * @throws UnknownMarketRoleException if the code is not a known role
     */
    public static MarketRole of(String code) {
        for (MarketRole role : values()) {
            if (role.name().equals(code)) {
                return role;
            }
        }
        throw new UnknownMarketRoleException("market role must be one of REGS, SUP, LDSO, MSS, MSA, UMSO, SDS, ADS,"
                + " UMSDS, MDS, LSS, VAS, ISD, EES, MDR, DCC but was " + (code == null ? "null" : "\"" + code + "\""));
    }

    /**
     * @return the wire code, e.g. {@code SDS}
     */
    public String code() {
        return name();
    }

    /**
     * @return what the role is, e.g. {@code Smart Data Service}
     */
    public String description() {
        return description;
    }
}
