package uk.mhhs.common.party;

/**
 * Thrown when a string is not a GSP group ID; the message quotes the value and says what was expected.
 */
public class UnknownGspGroupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong with the value
     */
    public UnknownGspGroupException(String message) {
        super(message);
    }
}
