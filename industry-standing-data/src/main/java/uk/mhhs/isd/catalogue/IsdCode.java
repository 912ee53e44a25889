package uk.mhhs.isd.catalogue;

/**
 * This service's own rejection codes for ISD imports (the official interface catalogue defines none for ISD).
 * Listed in the module README.
 */
public enum IsdCode {
    ISD0001("file is not an ISD entity"),
    ISD0002("header is wrong: a required column is missing, or a column is unknown or repeated"),
    ISD0003("a required value is missing"),
    ISD0004("a value is not of the column's type"),
    ISD0005("a value is outside the column's allowed codes, pattern or range"),
    ISD0006("a value refers to a key that exists neither in the import nor in any version"),
    ISD0007("effective_to is before effective_from"),
    ISD0008("two rows of one natural key have overlapping effective periods"),
    ISD0009("the number of line loss factors is not the settlement date's number of periods (46, 48 or 50)"),
    ISD0010("a distributor's GSP group does not follow from its ID (10-23 fixed, IDNOs 24+ any group)"),
    ISD0011("a supplier BM unit ID does not name its GSP group"),
    ISD0012("a row has a different number of fields from the header"),
    ISD0013("the import as a whole is wrong: no rows, no effective-from date, or not a ZIP of CSV files"),
    ISD0014("token missing or unknown (HTTP 401)"),
    ISD0015("the token's role may not make this call, e.g. a read-only or operator token importing a version (HTTP 403)");

    private final String meaning;

    IsdCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
