package uk.mhhs.vas.inputs;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import uk.mhhs.vas.rules.GspGroupTakeCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the stored GSP Group Take versions: a date's versions, one version, a version's rows as the file format. */
@Component
public class GspGroupTakeVersions {

    private static final String SELECT = """
            select v.id, v.settlement_date, v.version, v.source, v.file_name, v.received_at,
                   (select count(*) from gsp_group_take t where t.version_id = v.id) as rows,
                   (select coalesce(sum(kwh), 0) from gsp_group_take t where t.version_id = v.id) as total
              from gsp_group_take_version v""";
    private static final RowMapper<GspGroupTakeVersion> VERSION = (rs, i) -> new GspGroupTakeVersion(rs.getLong(1),
            rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getBigDecimal(8).setScale(3));

    private final JdbcTemplate jdbc;

    GspGroupTakeVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The date's versions, oldest first. */
    public List<GspGroupTakeVersion> of(LocalDate settlementDate) {
        return jdbc.query(SELECT + " where v.settlement_date = ? order by v.version", VERSION,
                Date.valueOf(settlementDate));
    }

    public Optional<GspGroupTakeVersion> find(long versionId) {
        return jdbc.query(SELECT + " where v.id = ?", VERSION, versionId).stream().findFirst();
    }

    public Optional<GspGroupTakeVersion> latest(LocalDate settlementDate) {
        return jdbc.query(SELECT + " where v.settlement_date = ? order by v.version desc limit 1", VERSION,
                Date.valueOf(settlementDate)).stream().findFirst();
    }

    /** Writes version {@code versionId} in the upload format (header, rows by group and period). */
    public void writeCsv(GspGroupTakeVersion version, Writer out) {
        try {
            out.write(GspGroupTakeCheck.HEADER + "\n");
            jdbc.query("select gsp_group, period, kwh from gsp_group_take where version_id = ?"
                    + " order by gsp_group, period", rs -> {
                        try {
                            out.write(version.settlementDate() + "," + rs.getString(1) + "," + rs.getInt(2) + ","
                                    + rs.getBigDecimal(3).setScale(3).toPlainString() + "\n");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, version.versionId());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
