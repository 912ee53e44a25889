package uk.mhhs.dataservice.processing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.dataservice.DataServiceProperties;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Works off {@code pending_day}: claims up to {@code batch-size} MPAN-days of one completed UTC date (before today)
 * with {@code for update skip locked}, so several instances share the queue and each day is processed once, and
 * processes them in that transaction ({@link DayProcessing}); the IF-021 in the outbox, the sent hashes and the
 * queue's deletion commit together. A batch that fails rolls back and stays queued for the next round.
 */
@Component
public class PendingDayProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(PendingDayProcessor.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DayProcessing processing;
    private final Clock clock;
    private final int batchSize;

    public PendingDayProcessor(JdbcTemplate jdbc, TransactionTemplate transaction, DayProcessing processing,
                               Clock clock, DataServiceProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.processing = processing;
        this.clock = clock;
        this.batchSize = properties.batchSize();
    }

    /** Processes every completed day queued now; returns the totals. */
    public DayProcessing.Result drain() {
        DayProcessing.Result total = new DayProcessing.Result(0, 0, 0, 0);
        int failures = 0;
        while (true) {
            DayProcessing.Result batch;
            try {
                batch = transaction.execute(status -> nextBatch());
            } catch (RuntimeException e) {
                LOG.error("processing a batch of pending MPAN-days failed; it stays queued", e);
                if (++failures >= 3) {
                    return total;
                }
                continue;
            }
            if (batch == null || batch.days() == 0) {
                return total;
            }
            total = total.plus(batch);
        }
    }

    private DayProcessing.Result nextBatch() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Object[]> claimed = jdbc.query("""
                        select mpan_core, settlement_date from pending_day
                         where settlement_date = (select min(settlement_date) from pending_day where settlement_date < ?)
                         order by mpan_core limit ? for update skip locked""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)},
                Date.valueOf(today), batchSize);
        if (claimed.isEmpty()) {
            return new DayProcessing.Result(0, 0, 0, 0);
        }
        LocalDate date = (LocalDate) claimed.get(0)[1];
        List<Long> mpans = new ArrayList<>(claimed.size());
        claimed.forEach(row -> mpans.add((Long) row[0]));
        return processing.process(date, mpans);
    }
}
