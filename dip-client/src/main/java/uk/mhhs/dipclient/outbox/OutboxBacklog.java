package uk.mhhs.dipclient.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;

/**
 * The {@code dip.outbox.backlog} gauge: rows waiting in {@code dip_outbox}, counted at most once a second
 * however often it is scraped; NaN while the database cannot be reached.
 */
final class OutboxBacklog {

    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final JdbcTemplate jdbc;
    private final String countSql;
    private long countedAt;
    private double count = Double.NaN;

    OutboxBacklog(DataSource dataSource, DipClientSchema schema, MeterRegistry meters) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.countSql = "select count(*) from " + schema.table("dip_outbox");
        Gauge.builder("dip.outbox.backlog", this, OutboxBacklog::current)
                .description("Outbox records not yet acknowledged by the broker")
                .register(meters);
    }

    synchronized double current() {
        long now = System.nanoTime();
        if (Double.isNaN(count) || now - countedAt >= REFRESH_NANOS) {
            try {
                Long rows = jdbc.queryForObject(countSql, Long.class);
                count = rows == null ? 0 : rows;
            } catch (RuntimeException e) {
                count = Double.NaN;
            }
            countedAt = now;
        }
        return count;
    }
}
