package uk.mhhs.dipclient.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;

/**
 * The {@code dip.outbox.backlog} gauge (rows waiting in {@code dip_outbox}) and the {@code dip.outbox.oldest.age}
 * gauge (seconds the oldest of them has waited; 0 when none waits, so the series exists from start-up and an alert
 * on it reads a number). Both come from one query, run at most once a second however often they are scraped;
 * NaN while the database cannot be reached.
 */
final class OutboxBacklog {

    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final JdbcTemplate jdbc;
    private final String countSql;
    private long countedAt;
    private double count = Double.NaN;
    private double oldestAgeSeconds = Double.NaN;

    OutboxBacklog(DataSource dataSource, DipClientSchema schema, MeterRegistry meters) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.countSql = "select count(*), coalesce(extract(epoch from (now() - min(created_at))), 0) from "
                + schema.table("dip_outbox");
        Gauge.builder("dip.outbox.backlog", this, OutboxBacklog::current)
                .description("Outbox records not yet acknowledged by the broker")
                .register(meters);
        Gauge.builder("dip.outbox.oldest.age", this, OutboxBacklog::oldestAgeSeconds).baseUnit("seconds")
                .description("How long the oldest outbox record has waited for the broker (0 when none waits)")
                .register(meters);
    }

    synchronized double current() {
        refresh();
        return count;
    }

    synchronized double oldestAgeSeconds() {
        refresh();
        return oldestAgeSeconds;
    }

    private void refresh() {
        long now = System.nanoTime();
        if (Double.isNaN(count) || now - countedAt >= REFRESH_NANOS) {
            try {
                jdbc.query(countSql, rs -> {
                    count = rs.getLong(1);
                    oldestAgeSeconds = Math.max(0, rs.getDouble(2));
                });
            } catch (RuntimeException e) {
                count = Double.NaN;
                oldestAgeSeconds = Double.NaN;
            }
            countedAt = now;
        }
    }
}
