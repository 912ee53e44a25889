package uk.mhhs.common.mpan;

/**
 * Thrown when a string is not a valid MPAN core. The message says why: wrong length, a non-digit
 * character, or a wrong check digit (with the expected and the found digit).
 */
public class InvalidMpanCoreException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message why the value is not a valid MPAN core
     */
    public InvalidMpanCoreException(String message) {
        super(message);
    }
}
