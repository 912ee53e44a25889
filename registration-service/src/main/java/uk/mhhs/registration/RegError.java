package uk.mhhs.registration;

import uk.mhhs.common.codes.CodeBook;

/**
 * An error answer of the registration API: the REG code, its official wording ({@code "REG0000 - MPAN Invalid or
 * does not exist."}) and what exactly was wrong.
 */
public record RegError(String code, String message, String reason) {

    public static RegError of(String code, String reason) {
        return new RegError(code, CodeBook.standard().formatted(code).orElse(code), reason);
    }
}
