package uk.mhhs.registration.process.mtd;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;

/** The {@code meter} table: one row per meter's life (installed_on .. removed_on) on an MPAN. */
@Repository
class Meters {

    /** A meter row still installed (no removal date). */
    record Installed(String meterId, LocalDate installedOn) {
    }

    private final JdbcTemplate jdbc;

    Meters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The meter with {@code meterId} the MPAN has installed and not removed, if any. */
    Optional<Installed> installed(String mpanCore, String meterId) {
        return jdbc.query("""
                        select meter_id, installed_on from meter where mpan_core = ? and meter_id = ?
                           and removed_on is null order by installed_on desc limit 1""",
                (rs, n) -> new Installed(rs.getString(1), rs.getObject(2, LocalDate.class)),
                Long.parseLong(mpanCore), meterId).stream().findFirst();
    }

    /** Whether a meter with {@code meterId} is installed on {@code date} or later (not removed by then). */
    boolean installedOnOrAfter(String mpanCore, String meterId, LocalDate date) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                        select exists (select 1 from meter where mpan_core = ? and meter_id = ?
                                          and (removed_on is null or removed_on > ?))""", Boolean.class,
                Long.parseLong(mpanCore), meterId, Date.valueOf(date)));
    }

    void install(String mpanCore, MeterDetails m) {
        jdbc.update("""
                        insert into meter (mpan_core, meter_id, installed_on, meter_type, map_mpid, esme_guid,
                                           meter_location, displayed_digits, manufacturers_make_and_type)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Long.parseLong(mpanCore), m.meterId(),
                Date.valueOf(m.installedOn()), m.meterType(), m.mapMpid(), m.esmeGuid(), m.meterLocation(),
                m.displayedDigits(), m.manufacturersMakeAndType());
    }

    void remove(String mpanCore, Installed meter, LocalDate on) {
        jdbc.update("update meter set removed_on = ? where mpan_core = ? and meter_id = ? and installed_on = ?",
                Date.valueOf(on), Long.parseLong(mpanCore), meter.meterId(), Date.valueOf(meter.installedOn()));
    }

    /** Restates an installed meter's details (and its ID if {@code modifiedMeterId} is given). */
    void update(String mpanCore, Installed meter, MeterDetails m) {
        jdbc.update("""
                        update meter set meter_id = ?, installed_on = ?, meter_type = ?, map_mpid = ?, esme_guid = ?,
                               meter_location = ?, displayed_digits = ?, manufacturers_make_and_type = ?
                         where mpan_core = ? and meter_id = ? and installed_on = ?""",
                m.modifiedMeterId() != null ? m.modifiedMeterId() : m.meterId(), Date.valueOf(m.installedOn()),
                m.meterType(), m.mapMpid(), m.esmeGuid(), m.meterLocation(), m.displayedDigits(),
                m.manufacturersMakeAndType(), Long.parseLong(mpanCore), meter.meterId(),
                Date.valueOf(meter.installedOn()));
    }
}
