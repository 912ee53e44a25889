package uk.mhhs.gateway.archive;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bounded clean-up of ingress tables: deletes archive rows older than {@code mhhs.gateway.archive.retention}
 * (default 90 days) and accepted-message rows (the duplicate-reference guard) older than
 * {@code mhhs.gateway.archive.accepted-retention} (default 400 days), in chunks so no run holds long locks.
 */
@Component
class ArchiveRetention {

    private static final Logger log = LoggerFactory.getLogger(ArchiveRetention.class);
    private static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Duration acceptedRetention;

    ArchiveRetention(JdbcTemplate jdbc, ArchiveProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.retention();
        this.acceptedRetention = properties.acceptedRetention();
    }

    @Scheduled(fixedDelayString = "#{@archiveProperties.cleanUpInterval()}", initialDelayString = "PT5M")
    void cleanUp() {
        long archived = deleteOlderThan("dip.ingress_archive", "received_at", retention);
        long accepted = deleteOlderThan("dip.accepted_message", "accepted_at", acceptedRetention);
        if (archived + accepted > 0) {
            log.info("ingress clean-up deleted {} archive and {} accepted-message rows", archived, accepted);
        }
    }

    private long deleteOlderThan(String table, String column, Duration age) {
        String key = table.endsWith("archive") ? "id" : "transaction_id";
        String sql = "delete from " + table + " where " + key + " in (select " + key + " from " + table + " where "
                + column + " < now() - ?::interval limit " + CHUNK + ")";
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.update(sql, age.getSeconds() + " seconds");
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
