package uk.mhhs.vas.it;

import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A run's stored results, read straight from its tables as typed rows. */
public record RunResults(JdbcTemplate jdbc) {

    /** A correction factor row. */
    public record Factor(String gspGroup, int period, BigDecimal factor, String exception) {
    }

    /** A BM unit's allocated volume in one period. */
    public record Volume(String bmUnitId, int period, BigDecimal corrected) {
    }

    public List<Factor> factors(UUID run, String gspGroup) {
        return jdbc.query("select gsp_group, period, factor, exception from correction_factor where run_id = ?"
                        + " and gsp_group = ? order by period",
                (rs, i) -> new Factor(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getString(4)), run,
                gspGroup);
    }

    public int factorRows(UUID run) {
        return jdbc.queryForObject("select count(*) from correction_factor where run_id = ?", Integer.class, run);
    }

    public List<Volume> volumes(UUID run) {
        return jdbc.query("select bm_unit_id, period, corrected from bm_unit_volume where run_id = ?"
                        + " order by bm_unit_id, period",
                (rs, i) -> new Volume(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)), run);
    }
}
