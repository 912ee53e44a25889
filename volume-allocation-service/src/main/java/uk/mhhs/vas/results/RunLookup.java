package uk.mhhs.vas.results;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Finds the run a results request names, and checks its filters, before any answer is started. */
@Component
class RunLookup {

    private static final Pattern GSP_GROUP = Pattern.compile("_[A-Z]");
    private static final Pattern BM_UNIT = Pattern.compile("[A-Za-z0-9_-]{1,11}");

    /** What the comparison needs of a run. */
    record RunInputs(UUID id, LocalDate settlementDate, UUID aggregateSetId, Long gspGroupTakeId) {
    }

    private final JdbcTemplate jdbc;

    RunLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws RunNotFoundException when VAS has no run {@code id} */
    RunInputs require(UUID id) {
        List<RunInputs> runs = jdbc.query("""
                select settlement_date, aggregate_set_id, gsp_group_take_id from run where id = ?""",
                (rs, i) -> new RunInputs(id, rs.getObject("settlement_date", LocalDate.class),
                        rs.getObject("aggregate_set_id", UUID.class), (Long) rs.getObject("gsp_group_take_id")), id);
        if (runs.isEmpty()) {
            throw new RunNotFoundException(id);
        }
        return runs.get(0);
    }

    static void checkFilters(String gspGroup, String bmUnitId) {
        if (gspGroup != null && !GSP_GROUP.matcher(gspGroup).matches()) {
            throw new BadResultRequestException("gspGroup must be _ and a capital letter, e.g. _A: " + gspGroup);
        }
        if (bmUnitId != null && !BM_UNIT.matcher(bmUnitId).matches()) {
            throw new BadResultRequestException("bmUnitId must be 1 to 11 letters, digits, _ or -: " + bmUnitId);
        }
    }
}
