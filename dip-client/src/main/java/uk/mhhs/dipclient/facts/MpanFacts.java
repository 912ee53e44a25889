package uk.mhhs.dipclient.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.schema.DipClientSchema;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Effective-dated facts of MPANs ({@code mpan_fact}, dip-client's table in the service's schema): what a service
 * learns of each MPAN from the messages it receives (connection type, energisation, supplier…), each value in force
 * from its effective date until the same fact's next one. Services name their facts (an enum's names, typically) and
 * read them as at a date, for many MPANs in one query.
 */
public class MpanFacts {

    /** A fact's value and the date it took effect. */
    public record Dated(String value, LocalDate from) {
    }

    private final JdbcTemplate jdbc;
    private final String upsert;
    private final String asAt;

    public MpanFacts(DataSource dataSource, DipClientSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        String table = schema.table("mpan_fact");
        this.upsert = "insert into " + table + " (mpan_core, fact, effective_from, value, transaction_id)"
                + " values (?, ?, ?, ?, ?) on conflict (mpan_core, fact, effective_from) do update"
                + " set value = excluded.value, transaction_id = excluded.transaction_id";
        this.asAt = "select distinct on (mpan_core, fact) mpan_core, fact, value, effective_from from " + table
                + " where mpan_core = any (?) and effective_from <= ? order by mpan_core, fact, effective_from desc";
    }

    /** Records {@code fact} = {@code value} from {@code from}; a repeat for the same date replaces it. */
    public void record(long mpan, String fact, LocalDate from, String value, String transactionId) {
        jdbc.update(upsert, mpan, fact, Date.valueOf(from), value, transactionId);
    }

    /** Every fact in force on {@code date} of each MPAN given (MPANs without any fact are absent). */
    public Map<Long, Map<String, Dated>> asAt(List<Long> mpans, LocalDate date) {
        Map<Long, Map<String, Dated>> result = new HashMap<>();
        if (mpans.isEmpty()) {
            return result;
        }
        jdbc.query(asAt, rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                    new Dated(rs.getString(3), rs.getObject(4, LocalDate.class)));
        }, mpans.toArray(Long[]::new), Date.valueOf(date));
        return result;
    }
}
