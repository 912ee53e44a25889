package uk.mhhs.isd.imports;

/**
 * Why an import was rejected: the file, its line number (the header is line 1; 0 = the file or import as a
 * whole), the column (may be null), the ISD code and the reason.
 */
public record ImportProblem(String file, int row, String column, String code, String reason) {
}
