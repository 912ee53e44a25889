package uk.mhhs.common.party;

/**
 * Thrown when a string is not an MPID; the message quotes the value and says what was expected.
 */
public class InvalidMpidException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong with the value
     */
    public InvalidMpidException(String message) {
        super(message);
    }
}
