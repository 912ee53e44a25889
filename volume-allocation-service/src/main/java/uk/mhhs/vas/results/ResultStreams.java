package uk.mhhs.vas.results;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Answers a {@link ResultTable}: as a list, or as CSV streamed from a server-side cursor (a read-only transaction
 * with a fetch size), so a whole market's BM unit volumes never sit in memory at once.
 */
@Component
class ResultStreams {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ResultStreams(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    <T> List<T> list(ResultTable<T> table) {
        return jdbc.query(table.sql(), table.rows(), table.args());
    }

    <T> ResponseEntity<StreamingResponseBody> csv(ResultTable<T> table, String fileName) {
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(table.csvHeader());
            writer.write('\n');
            readOnly.executeWithoutResult(status -> jdbc.query(table.sql(), rs -> {
                try {
                    writer.write(table.csvLine().apply(table.rows().mapRow(rs, 0)));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, table.args()));
            writer.flush();
        };
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }
}
