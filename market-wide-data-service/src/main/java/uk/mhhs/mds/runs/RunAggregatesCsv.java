package uk.mhhs.mds.runs;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A run's aggregates as CSV ({@value #HEADER}, ordered by GSP group, supplier, BM unit, class and period), written row
 * by row from a database cursor (fetch size {@value #FETCH}, in a read-only transaction, which PostgreSQL needs to use
 * one), so a market's millions of rows never sit in memory. Only a COMPLETE run is given: 404 for an unknown run, 409
 * for one still running or failed. The row count is the run's {@code aggregates}, so the reader can tell a cut stream.
 */
@Component
class RunAggregatesCsv {

    static final String HEADER = "supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans";
    static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    RunAggregatesCsv(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void write(UUID id, HttpServletResponse response) throws IOException {
        String status = jdbc.query("select status from run where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                id);
        if (status == null || !"COMPLETE".equals(status)) {
            response.setStatus(status == null ? 404 : 409);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"" + (status == null ? "no run " + id
                    : "run " + id + " is " + status + ", not COMPLETE") + "\"}");
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        out.write(HEADER + "\n");
        readOnly.executeWithoutResult(tx -> cursor.query("""
                select supplier_mpid, bm_unit_id, gsp_group, ccc_id, period, kwh, mpans from run_aggregate
                 where run_id = ? order by gsp_group, supplier_mpid, bm_unit_id, ccc_id, period""",
                (RowCallbackHandler) rs -> {
                    try {
                        out.write(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + ","
                                + rs.getInt(4) + "," + rs.getInt(5) + ","
                                + rs.getBigDecimal(6).setScale(3).toPlainString() + "," + rs.getInt(7) + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, id));
        out.flush();
    }
}
