package uk.mhhs.common.mpan;

import java.util.Optional;

/**
 * The core of a Meter Point Administration Number: 13 digits made of a 2-digit distributor ID, a
 * 10-digit unique number and a check digit.
 *
 * <p>The check digit is the sum of the first 12 digits multiplied by the primes
 * 3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43 (11 is skipped), taken mod 11 and then mod 10. The DIP
 * schema only checks {@code ^\d{13}$}; the check digit is a registration rule (REG0000), so
 * envelope records carry the MPAN as a plain string and services call {@link #of(String)} or
 * {@link #isValid(String)} where the rule applies.
 *
 * @param value the 13 digits
 */
public record MpanCore(String value) {

    private static final int LENGTH = 13;
    private static final int[] WEIGHTS = {3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43};

    /**
     * @throws InvalidMpanCoreException if {@code value} is not a valid MPAN core
     */
    public MpanCore {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidMpanCoreException(problem.get());
        }
    }

    /**
     * Parses an MPAN core.
     *
     * @param value 13 digits with a correct check digit
     * @return the MPAN core
     * @throws InvalidMpanCoreException saying why the value is not valid
     */
    public static MpanCore of(String value) {
        return new MpanCore(value);
    }

    /**
     * @param value any string, possibly {@code null}
     * @return whether {@code value} is 13 digits with a correct check digit
     */
    public static boolean isValid(String value) {
        return problemWith(value).isEmpty();
    }

    /**
     * @param first12Digits the first 12 digits of an MPAN core
     * @return the check digit those digits call for
     * @throws IllegalArgumentException unless given exactly 12 ASCII digits
     */
    public static int checkDigitFor(String first12Digits) {
        if (first12Digits == null || first12Digits.length() != WEIGHTS.length || !allDigits(first12Digits)) {
            throw new IllegalArgumentException("check digit needs exactly 12 digits, got " + quoted(first12Digits));
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first12Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 % 10;
    }

    /**
     * @return the distributor ID, the first two digits (10–23 for the 14 licensed distribution
     *     areas, 24 and above for IDNOs)
     */
    public int distributorId() {
        return Integer.parseInt(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<String> problemWith(String value) {
        if (value == null) {
            return Optional.of("MPAN core is missing (null)");
        }
        if (value.length() != LENGTH) {
            return Optional.of("MPAN core must be 13 digits but " + quoted(value) + " has " + value.length()
                    + " characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("MPAN core must be 13 digits but " + quoted(value) + " has non-digit '" + c
                        + "' at position " + (i + 1));
            }
        }
        int expected = checkDigitFor(value.substring(0, 12));
        int found = value.charAt(12) - '0';
        if (expected != found) {
            return Optional.of("MPAN core " + quoted(value) + " has a wrong check digit: expected " + expected
                    + " found " + found);
        }
        return Optional.empty();
    }

    private static boolean allDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String quoted(String s) {
        return s == null ? "null" : '"' + s + '"';
    }
}
