package uk.mhhs.common.party;

import java.util.regex.Pattern;

/**
 * A legacy Market Participant ID (spec type DT-027): four upper-case letters, e.g. {@code EMEB}.
 *
 * @param value the four letters
 */
public record Mpid(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Z]{4}$");

    /**
     * @throws InvalidMpidException unless {@code value} matches {@code ^[A-Z]{4}$}
     */
    public Mpid {
        if (!isValid(value)) {
            throw new InvalidMpidException("MPID must be four upper-case letters A-Z but was "
                    + (value == null ? "null" : "\"" + value + "\""));
        }
    }

    /**
     * @param value four upper-case letters
     * @return the MPID
     * @throws InvalidMpidException otherwise
     */
    public static Mpid of(String value) {
        return new Mpid(value);
    }

    /**
     * @param value any string, possibly {@code null}
     * @return whether it is an MPID
     */
    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
