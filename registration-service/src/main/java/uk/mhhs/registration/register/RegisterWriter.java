package uk.mhhs.registration.register;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the register's effective-dated history: a change from a date is a row from that date; restating the same
 * date replaces that row (see README, "The register"). Callers run inside the process's transaction.
 */
@Repository
public class RegisterWriter {

    /** The history tables keyed by (mpan_core, effective_from); names are never input. */
    private static final Set<String> HISTORY_TABLES = Set.of("gsp_group_history", "address_history",
            "connection_history", "duos_tariff_history", "energisation_history", "market_segment_history",
            "annual_consumption_history", "domestic_premise_history", "dcc_enrolment_history", "smso_history",
            "ihd_history", "profile_history", "consent_granularity_history", "relationship_history",
            "supplier_registration");

    private final JdbcTemplate jdbc;

    public RegisterWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code values} (column → value; {@code java.time.LocalDate} and arrays are fine) in {@code table}
     * for {@code mpanCore} from {@code from}, replacing a row from the same date.
     *
     * @param table one of the history tables of V2/V3 (e.g. {@code energisation_history})
     */
    public void record(String table, String mpanCore, LocalDate from, Map<String, Object> values) {
        if (!HISTORY_TABLES.contains(table)) {
            throw new IllegalArgumentException("not a register history table: " + table);
        }
        Map<String, Object> columns = new LinkedHashMap<>(values);
        List<Object> args = new ArrayList<>();
        args.add(Long.parseLong(mpanCore));
        args.add(Date.valueOf(from));
        columns.values().forEach(v -> args.add(v instanceof LocalDate d ? Date.valueOf(d) : v));
        String names = String.join(", ", columns.keySet());
        String placeholders = columns.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = columns.keySet().stream().map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (mpan_core, effective_from" + (names.isEmpty() ? "" : ", " + names)
                + ") values (?, ?" + (placeholders.isEmpty() ? "" : ", " + placeholders) + ")"
                + " on conflict (mpan_core, effective_from) do "
                + (updates.isEmpty() ? "nothing" : "update set " + updates), args.toArray());
    }

    /**
     * Records an MS or DS appointment from {@code from}; {@code dipId == null} means de-appointed from that date.
     */
    public void appointment(String mpanCore, String service, LocalDate from, String dipId, String mpid,
                            String contractReference, String scenario, String readFrequency) {
        jdbc.update("""
                        insert into appointment (mpan_core, service, effective_from, dip_id, mpid, contract_reference,
                                                 scenario, read_frequency)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (mpan_core, service, effective_from) do update
                           set dip_id = excluded.dip_id, mpid = excluded.mpid,
                               contract_reference = excluded.contract_reference, scenario = excluded.scenario,
                               read_frequency = excluded.read_frequency""",
                Long.parseLong(mpanCore), service, Date.valueOf(from), dipId, mpid, contractReference, scenario,
                readFrequency);
    }
}
