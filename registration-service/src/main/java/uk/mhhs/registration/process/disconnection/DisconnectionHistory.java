package uk.mhhs.registration.process.disconnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/** {@code disconnection_history}: the MPAN's disconnections, reconnections and CSS de-registration (V4). */
@Repository
class DisconnectionHistory {

    enum Event { DISCONNECTED, RECONNECTED, DEREGISTERED }

    /** One recorded event. */
    record Entry(LocalDate effectiveFrom, Event event) {
    }

    private final JdbcTemplate jdbc;

    DisconnectionHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The MPAN's latest event, whatever its date (events are recorded in date order only). */
    Optional<Entry> latest(String mpanCore) {
        return jdbc.query("""
                        select effective_from, event from disconnection_history where mpan_core = ?
                         order by effective_from desc limit 1""",
                (rs, n) -> new Entry(rs.getObject(1, LocalDate.class), Event.valueOf(rs.getString(2))),
                Long.parseLong(mpanCore)).stream().findFirst();
    }

    void record(String mpanCore, LocalDate from, Event event, String additionalInformation) {
        jdbc.update("insert into disconnection_history (mpan_core, effective_from, event, additional_information)"
                + " values (?, ?, ?, ?)", Long.parseLong(mpanCore), Date.valueOf(from), event.name(),
                additionalInformation);
    }
}
