package uk.mhhs.gateway.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery tables bounded: PUBs and status messages older than the retention period go, with
 * their deliveries and attempts, unless a delivery of theirs is still pending. Deletes in batches so that
 * no statement holds many locks; safe to run on several instances at once.
 */
@Component
class DeliveryHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(DeliveryHousekeeping.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final DeliveryProperties properties;
    private final Clock clock;

    DeliveryHousekeeping(JdbcClient jdbc, DeliveryProperties properties, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Scheduled(initialDelayString = "#{@deliveryProperties.housekeepingInterval()}",
            fixedDelayString = "#{@deliveryProperties.housekeepingInterval()}")
    void removeExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int publications = deleteInBatches("""
                delete from dip.publication where transaction_id in (
                    select p.transaction_id from dip.publication p
                     where p.transaction_timestamp < :cutoff
                       and not exists (select 1 from dip.delivery d
                                        where d.transaction_id = p.transaction_id and d.state = 'PENDING')
                     limit :batch)
                """, cutoff);
        int statusMessages = deleteInBatches("""
                delete from dip.status_message where id in (
                    select s.id from dip.status_message s
                     where s.received_at < :cutoff
                       and not exists (select 1 from dip.delivery d
                                        where d.status_message_id = s.id and d.state = 'PENDING')
                     limit :batch)
                """, cutoff);
        if (publications + statusMessages > 0) {
            log.info("Removed {} PUBs and {} status messages older than {}", publications, statusMessages, cutoff);
        }
    }

    private int deleteInBatches(String sql, Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
