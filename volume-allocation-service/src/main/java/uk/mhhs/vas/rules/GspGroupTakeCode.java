package uk.mhhs.vas.rules;

/**
 * VAS's codes for a refused GSP Group Take file. The catalogue's ECS codes (ECS1006 duplicated period, ECS1010
 * negative value, ...) are rules of a participant's IF-021 consumption message, not of the CDCA's file, so VAS keeps
 * codes of its own. A {@linkplain #format() format} fault means the file could not be read as the format at all
 * (HTTP 400); the others mean it was read but its content is wrong or incomplete (HTTP 422).
 */
public enum GspGroupTakeCode {
    VAS001("header is not settlement_date,gsp_group,settlement_period,gsp_group_take_kwh", true),
    VAS002("row does not have exactly 4 fields", true),
    VAS003("settlement date is not an ISO date (yyyy-MM-dd)", true),
    VAS004("GSP group is not one of the 14 (_A.._H, _J.._N, _P)", true),
    VAS005("settlement period is not a whole number", true),
    VAS006("kWh is not a decimal with at most 3 decimal places", true),
    VAS007("more than one settlement date in the file", false),
    VAS008("kWh below the configured minimum", false),
    VAS009("kWh above the configured maximum", false),
    VAS010("the same GSP group and settlement period twice", false),
    VAS011("settlement period not on the settlement day (1..46/48/50)", false),
    VAS012("GSP group and settlement periods missing: a version needs all 14 groups × every period of the day",
            false),
    VAS013("the file has no rows", true),
    VAS014("the file is larger than the limit", true),
    VAS015("the file could not be stored", false);

    private final String meaning;
    private final boolean format;

    GspGroupTakeCode(String meaning, boolean format) {
        this.meaning = meaning;
        this.format = format;
    }

    /** What the code means, as the README's table gives it. */
    public String meaning() {
        return meaning;
    }

    /** Whether the fault is in the file's form rather than its content. */
    public boolean format() {
        return format;
    }
}
