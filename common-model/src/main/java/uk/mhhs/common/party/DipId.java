package uk.mhhs.common.party;

/**
 * A DIP participant ID (spec type DT-006): the ID a participant holds per role on the DIP, used in
 * {@code S1.senderDIPID}, {@code A0} recipients and {@code M0.distributorDIPID}. The spec requires
 * exactly 10 characters and gives no pattern; every published sample is 10 digits, but this type
 * follows the spec and checks only the length.
 *
 * @param value the 10 characters
 */
public record DipId(String value) {

    /** The length DT-006 requires. */
    public static final int LENGTH = 10;

    /**
     * @throws InvalidDipIdException unless {@code value} has exactly 10 characters
     */
    public DipId {
        if (!isValid(value)) {
            throw new InvalidDipIdException("DIP ID must be exactly 10 characters but "
                    + (value == null ? "was null" : "\"" + value + "\" has " + value.length()));
        }
    }

    /**
     * @param value exactly 10 characters
     * @return the DIP ID
     * @throws InvalidDipIdException otherwise
     */
    public static DipId of(String value) {
        return new DipId(value);
    }

    /**
     * @param value any string, possibly {@code null}
     * @return whether it is a DIP ID
     */
    public static boolean isValid(String value) {
        return value != null && value.length() == LENGTH;
    }

    @Override
    public String toString() {
        return value;
    }
}
