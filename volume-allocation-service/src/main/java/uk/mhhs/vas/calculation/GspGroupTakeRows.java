package uk.mhhs.vas.calculation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Reads a GSP Group Take version: GSPGT per GSP group and settlement period (a few hundred rows). */
@Component
class GspGroupTakeRows {

    private final JdbcTemplate jdbc;

    GspGroupTakeRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return GSPGT by period, by GSP group, both in order
     * @throws AllocationException when the version does not exist or holds nothing
     */
    Map<String, TreeMap<Integer, BigDecimal>> read(long versionId) {
        Map<String, TreeMap<Integer, BigDecimal>> byGroup = new LinkedHashMap<>();
        jdbc.query("select gsp_group, period, kwh from gsp_group_take where version_id = ? order by gsp_group, period",
                rs -> {
                    byGroup.computeIfAbsent(rs.getString("gsp_group"), g -> new TreeMap<>())
                            .put(rs.getInt("period"), rs.getBigDecimal("kwh"));
                }, versionId);
        if (byGroup.isEmpty()) {
            throw new AllocationException("GSP Group Take version " + versionId + " does not exist or holds no values");
        }
        return byGroup;
    }
}
