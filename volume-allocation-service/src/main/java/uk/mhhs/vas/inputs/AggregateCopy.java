package uk.mhhs.vas.inputs;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import uk.mhhs.vas.rules.AggregateLine;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Streams MDS's aggregate CSV into {@code aggregate} with PostgreSQL COPY, a line at a time: each line is checked
 * ({@link AggregateLine}) and written to the COPY in 64 KB chunks, so memory stays flat however many rows there are.
 * A bad line, a stream that breaks, or a row count other than MDS announced cancels the COPY and throws; the caller's
 * transaction then rolls back, so the set is stored complete or not at all.
 */
final class AggregateCopy {

    private static final String COPY = "COPY aggregate (set_id, gsp_group, supplier_mpid, bm_unit_id, ccc_id, period,"
            + " kwh, mpans) FROM STDIN (FORMAT csv)";
    private static final int CHUNK = 1 << 16;

    private AggregateCopy() {
    }

    /**
     * @param expected the row count MDS gave for the run
     * @return the rows copied (= expected)
     */
    static long copy(Connection connection, UUID setId, InputStream csv, int periods, long expected, String what)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), CHUNK)) {
            String header = in.readLine();
            if (!AggregateLine.HEADER.equals(header)) {
                throw new InputException(what + ": the CSV's header is not " + AggregateLine.HEADER + " but "
                        + (header == null ? "nothing (empty answer)" : "\"" + header + "\""));
            }
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 256);
            String prefix = setId + ",";
            long rows = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                AggregateLine row = parse(rows + 2, text, periods, what);
                chunk.writeBytes((prefix + row.gspGroup() + "," + row.supplierMpid() + "," + row.bmUnitId() + ","
                        + row.cccId() + "," + row.period() + "," + row.kwh().toPlainString() + "," + row.mpans()
                        + "\n").getBytes(StandardCharsets.UTF_8));
                rows++;
                if (chunk.size() >= CHUNK) {
                    copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            if (rows != expected) {
                throw new InputException(what + ": MDS announced " + expected + " aggregate rows but sent " + rows
                        + " (the stream was cut short or is not the run's)");
            }
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            return copy.endCopy();
        } catch (IOException e) {
            throw new InputException(what + ": the aggregate stream broke: " + e, e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static AggregateLine parse(long line, String text, int periods, String what) {
        try {
            return AggregateLine.parse((int) line, text, periods);
        } catch (IllegalArgumentException e) {
            throw new InputException(what + ": malformed aggregate CSV, " + e.getMessage());
        }
    }
}
