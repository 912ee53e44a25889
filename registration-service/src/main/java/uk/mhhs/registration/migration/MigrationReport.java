package uk.mhhs.registration.migration;

import java.util.List;

/**
 * The outcome of one run of a migration file.
 *
 * @param rowsRead          data rows in the file (the header not counted)
 * @param loaded            MPANs newly registered
 * @param alreadyRegistered good rows whose MPAN the register already held (a re-run or an overlap): left as they are
 * @param rejected          rows not loaded; {@code rejections} lists their problems (at most the configured number
 *                          of them; all are in {@code GET /registration/v1/migrations/{id}/rejections})
 */
public record MigrationReport(long id, String fileName, long rowsRead, long loaded, long alreadyRegistered,
                              long rejected, double seconds, List<RowProblem> rejections) {
}
