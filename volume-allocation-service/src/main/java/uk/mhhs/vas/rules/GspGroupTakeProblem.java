package uk.mhhs.vas.rules;

/**
 * One thing wrong with a GSP Group Take file.
 *
 * @param line    the file's line (1 is the header), or 0 for what concerns the whole file (missing periods)
 * @param field   the column concerned ({@code settlement_date}, {@code gsp_group}, {@code settlement_period},
 *                {@code gsp_group_take_kwh}), or {@code file}
 * @param code    the VAS code
 * @param message what is wrong, naming the value
 */
public record GspGroupTakeProblem(int line, String field, GspGroupTakeCode code, String message) {
}
