package uk.mhhs.registration.register;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.registration.register.MpanRegistration.Address;
import uk.mhhs.registration.register.MpanRegistration.AnnualConsumption;
import uk.mhhs.registration.register.MpanRegistration.Connection;
import uk.mhhs.registration.register.MpanRegistration.Meter;
import uk.mhhs.registration.register.MpanRegistration.Profile;
import uk.mhhs.registration.register.MpanRegistration.Relationships;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the register as at a date: per attribute table, the row with the greatest {@code effective_from <= date}
 * (a backward scan of the primary key, one row).
 */
@Repository
public class RegisterLookup {

    private static final String PARTIES = """
            select s.supplier_dip_id, s.supplier_mpid, s.effective_from as s_from,
                   ms.dip_id as ms_dip_id, ms.mpid as ms_mpid, ms.effective_from as ms_from,
                   ms.contract_reference as ms_contract, ms.scenario as ms_scenario, ms.read_frequency as ms_freq,
                   ds.dip_id as ds_dip_id, ds.mpid as ds_mpid, ds.effective_from as ds_from,
                   ds.contract_reference as ds_contract, ds.scenario as ds_scenario, ds.read_frequency as ds_freq
              from mpan m
              left join lateral (select * from supplier_registration r where r.mpan_core = m.mpan_core
                                    and r.effective_from <= ? order by r.effective_from desc limit 1) s on true
              left join lateral (select * from appointment a where a.mpan_core = m.mpan_core and a.service = 'MS'
                                    and a.effective_from <= ? order by a.effective_from desc limit 1) ms on true
              left join lateral (select * from appointment a where a.mpan_core = m.mpan_core and a.service = 'DS'
                                    and a.effective_from <= ? order by a.effective_from desc limit 1) ds on true
             where m.mpan_core = ?""";

    private final JdbcTemplate jdbc;

    public RegisterLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the MPAN's supplier, MS and DS on {@code date}; empty if the MPAN is not registered */
    public Optional<Parties> parties(MpanCore mpan, LocalDate date) {
        Date d = Date.valueOf(date);
        return jdbc.query(PARTIES, (rs, n) -> new Parties(mpan.value(), date,
                        rs.getString("supplier_dip_id") == null ? null : new Parties.Supplier(
                                rs.getString("supplier_dip_id"), rs.getString("supplier_mpid"), date(rs, "s_from")),
                        appointment(rs, "ms"), appointment(rs, "ds")),
                d, d, d, key(mpan)).stream().findFirst();
    }

    /** @return everything held about the MPAN on {@code date}; empty if the MPAN is not registered */
    @Transactional(readOnly = true)
    public Optional<MpanRegistration> asAt(MpanCore mpan, LocalDate date) {
        List<LocalDate> created = jdbc.query("select created_from from mpan where mpan_core = ?",
                (rs, n) -> date(rs, "created_from"), key(mpan));
        if (created.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MpanRegistration(mpan.value(), date, mpan.distributorId(), created.get(0),
                latest("gsp_group_history", mpan, date, rs -> rs.getString("gsp_group_id")),
                latest("address_history", mpan, date, rs -> new Address(rs.getString("postcode"),
                        strings(rs.getArray("address_lines")))),
                latest("connection_history", mpan, date, rs -> new Connection(rs.getString("connection_type"),
                        rs.getString("energy_direction"), rs.getBoolean("metered"))),
                latest("duos_tariff_history", mpan, date, rs -> rs.getString("duos_tariff_id")),
                latest("energisation_history", mpan, date, rs -> rs.getString("energisation_status")),
                latest("market_segment_history", mpan, date, rs -> rs.getString("market_segment")),
                latest("domestic_premise_history", mpan, date, rs -> rs.getBoolean("domestic_premise")),
                latest("consent_granularity_history", mpan, date, rs -> rs.getString("consent_granularity")),
                latest("annual_consumption_history", mpan, date, rs -> new AnnualConsumption(
                        rs.getBigDecimal("annual_consumption"), rs.getString("quality_indicator"))),
                latest("dcc_enrolment_history", mpan, date, rs -> rs.getString("dcc_service_flag")),
                latest("smso_history", mpan, date, rs -> rs.getString("smso_mpid")),
                latest("ihd_history", mpan, date, rs -> rs.getString("ihd_install_status")),
                latest("profile_history", mpan, date, rs -> new Profile(
                        (Integer) rs.getObject("profile_class", Integer.class), rs.getString("ssc"))),
                latest("relationship_history", mpan, date, rs -> new Relationships(
                        mpans(rs.getArray("linked_mpans")), mpans(rs.getArray("related_mpans")))),
                meters(mpan, date),
                parties(mpan, date).orElseThrow()));
    }

    private <T> Dated<T> latest(String table, MpanCore mpan, LocalDate date, Column<T> value) {
        // table names are constants of this class, never input
        List<Dated<T>> rows = jdbc.query("select * from " + table
                        + " where mpan_core = ? and effective_from <= ? order by effective_from desc limit 1",
                (RowMapper<Dated<T>>) (rs, n) -> new Dated<>(date(rs, "effective_from"), value.read(rs)),
                key(mpan), Date.valueOf(date));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<Meter> meters(MpanCore mpan, LocalDate date) {
        return jdbc.query("""
                        select * from meter where mpan_core = ? and installed_on <= ?
                           and (removed_on is null or removed_on > ?) order by installed_on, meter_id""",
                (rs, n) -> new Meter(rs.getString("meter_id"), date(rs, "installed_on"), date(rs, "removed_on"),
                        rs.getString("meter_type"), rs.getString("map_mpid"), rs.getString("esme_guid"),
                        rs.getString("meter_location"), rs.getObject("displayed_digits", Integer.class),
                        rs.getString("manufacturers_make_and_type")),
                key(mpan), Date.valueOf(date), Date.valueOf(date));
    }

    private static Parties.Appointment appointment(ResultSet rs, String service) throws SQLException {
        String dipId = rs.getString(service + "_dip_id");
        return dipId == null ? null : new Parties.Appointment(dipId, rs.getString(service + "_mpid"),
                date(rs, service + "_from"), rs.getString(service + "_contract"), rs.getString(service + "_scenario"),
                rs.getString(service + "_freq"));
    }

    static long key(MpanCore mpan) {
        return Long.parseLong(mpan.value());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<String> mpans(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).map(String::valueOf).toList();
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
