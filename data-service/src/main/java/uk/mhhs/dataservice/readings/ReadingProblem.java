package uk.mhhs.dataservice.readings;

/**
 * One thing wrong with a row of a meter-data batch. Meter data is not a DIP flow, so there is no official code: these
 * are the data service's own ({@code DSRnnn}, listed in the module README).
 *
 * @param row    the row's index in the batch (0-based)
 * @param code   e.g. {@code DSR002}
 * @param reason what exactly was wrong, naming the value
 */
public record ReadingProblem(int row, String code, String reason) {

    /** Codes and their meaning. */
    public enum Code {
        DSR001("MPAN core missing, not 13 digits or with a wrong check digit"),
        DSR002("this data service is not the MPAN's appointed Data Service on that date"),
        DSR003("meter not known for the MPAN"),
        DSR004("period end or read time missing, not UTC ISO-8601, or not on a half-hour boundary"),
        DSR005("value missing or not a decimal of at most 9 integer digits and 3 decimals"),
        DSR006("the same period or read twice in the batch"),
        DSR007("meter role or measurement quantity unknown, or a check meter on an MPAN that is not advanced"),
        DSR008("the batch is empty or has more rows than allowed"),
        DSR009("row carries neither periods nor register reads");

        private final String meaning;

        Code(String meaning) {
            this.meaning = meaning;
        }

        public String meaning() {
            return meaning;
        }
    }

    static ReadingProblem of(int row, Code code, String reason) {
        return new ReadingProblem(row, code.name(), reason);
    }
}
