package uk.mhhs.dataservice.readings;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

/** Writes cumulative register reads ({@code register_read}); a read sent again for the same time replaces it. */
public final class RegisterReads {

    private RegisterReads() {
    }

    /** @param rows {mpan (Long), meter ID, read time (Timestamp), kWh (BigDecimal), source} */
    public static void store(JdbcTemplate jdbc, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into register_read (mpan_core, meter_id, read_at, kwh, source) values (?, ?, ?, ?, ?)
                on conflict (mpan_core, meter_id, read_at) do update set kwh = excluded.kwh, source = excluded.source""",
                rows, 500, (ps, row) -> {
                    ps.setLong(1, (Long) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setTimestamp(3, (Timestamp) row[2]);
                    ps.setBigDecimal(4, (BigDecimal) row[3]);
                    ps.setString(5, (String) row[4]);
                });
    }
}
