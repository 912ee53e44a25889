package uk.mhhs.dataservice.readings;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.util.List;

/** Queues MPAN-days for (re)processing ({@code pending_day}); a day already queued stays queued once. */
public final class PendingDays {

    private PendingDays() {
    }

    /** @param rows {mpan (Long), settlement date (java.sql.Date)} */
    public static void queue(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into pending_day (mpan_core, settlement_date) values (?, ?) on conflict do nothing",
                rows, 1000, (ps, row) -> {
                    ps.setLong(1, (Long) row[0]);
                    ps.setDate(2, (Date) row[1]);
                });
    }
}
