package uk.mhhs.registration.migration;

/**
 * Why a row of a migration file was not loaded.
 *
 * @param row    the file's line number (the header is line 1)
 * @param column the column at fault, {@code null} for the row as a whole
 * @param code   the REG code
 * @param reason what exactly was wrong
 */
public record RowProblem(long row, String column, String code, String reason) {
}
