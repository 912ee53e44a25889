package uk.mhhs.common.party;

/**
 * Thrown when a string is not a DIP participant ID; the message quotes the value and says what was expected.
 */
public class InvalidDipIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong with the value
     */
    public InvalidDipIdException(String message) {
        super(message);
    }
}
