package uk.mhhs.dataservice.rules;

/** The market segment of an MPAN and the data service role that serves it. */
public enum Segment {
    /** Smart meters, served by the Smart Data Service. */
    SMART("S", "SDS"),
    /** Advanced (CT / large) meters, served by the Advanced Data Service. */
    ADVANCED("A", "ADS"),
    /** Unmetered supplies, served by the Unmetered Supplies Data Service (equivalent meter). */
    UNMETERED("U", "UMSDS");

    private final String code;
    private final String role;

    Segment(String code, String role) {
        this.code = code;
        this.role = role;
    }

    /** The one-letter segment code: S, A or U. */
    public String code() {
        return code;
    }

    /** The data service role: SDS, ADS or UMSDS. */
    public String role() {
        return role;
    }

    /** The segment for a code S, A or U; anything else is an {@link IllegalArgumentException}. */
    public static Segment fromCode(String code) {
        if (code != null) {
            switch (code) {
                case "S": return SMART;
                case "A": return ADVANCED;
                case "U": return UNMETERED;
                default: break;
            }
        }
        throw new IllegalArgumentException("unknown segment code " + code);
    }
}
