package uk.mhhs.common.party;

/**
 * Thrown when a string is not a known market role code; the message quotes the value and says what was expected.
 */
public class UnknownMarketRoleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong with the value
     */
    public UnknownMarketRoleException(String message) {
        super(message);
    }
}
