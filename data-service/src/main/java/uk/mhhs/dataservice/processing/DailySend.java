package uk.mhhs.dataservice.processing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mhhs.dataservice.DataServiceProperties;
import uk.mhhs.dipclient.schedule.DailyJob;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Every day after {@code daily-send-at} (UK time), one instance queues every MPAN we are appointed for on D-1 (the
 * UTC date before today) for processing, so MDS gets a day for each of them even where no meter data came (then
 * estimated); days already sent with the same values are not sent again.
 */
@Component
class DailySend implements DailyJob {

    private final JdbcTemplate jdbc;
    private final LocalTime notBefore;

    DailySend(JdbcTemplate jdbc, DataServiceProperties properties) {
        this.jdbc = jdbc;
        this.notBefore = properties.dailySendAt();
    }

    @Override
    public String name() {
        return "data-service-send-d-1";
    }

    @Override
    public LocalTime notBefore() {
        return notBefore;
    }

    @Override
    public String run(LocalDate today) {
        return queue(today.minusDays(1)) + " MPAN-days queued";
    }

    /** Queues every MPAN appointed on {@code date}; returns how many were new to the queue. */
    int queue(LocalDate date) {
        return jdbc.update("""
                insert into pending_day (mpan_core, settlement_date)
                select distinct mpan_core, ?::date from appointment
                 where effective_from <= ? and (effective_to is null or effective_to > ?)
                on conflict do nothing""", Date.valueOf(date), Date.valueOf(date), Date.valueOf(date));
    }
}
