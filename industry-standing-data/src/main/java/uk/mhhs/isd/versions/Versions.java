package uk.mhhs.isd.versions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The isd_version table. */
@Repository
public class Versions {

    private static final RowMapper<IsdVersion> MAPPER = (rs, i) -> new IsdVersion(rs.getInt("version_id"),
            rs.getString("description"), rs.getObject("effective_from", LocalDate.class),
            rs.getTimestamp("publication_date").toInstant(), rs.getString("status"),
            rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant());

    private final JdbcTemplate jdbc;

    public Versions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Numbers a new version (max + 1); serialised by a table lock held until the caller's transaction ends. */
    public IsdVersion create(String description, LocalDate effectiveFrom, Instant publicationDate) {
        lockTable();
        Integer next = jdbc.queryForObject("select coalesce(max(version_id), 0) + 1 from isd_version", Integer.class);
        jdbc.update("insert into isd_version (version_id, description, effective_from, publication_date) "
                + "values (?, ?, ?, ?)", next, description, effectiveFrom, Timestamp.from(publicationDate));
        return find(next).orElseThrow();
    }

    /** Serialises version numbering and first-version seeding until the caller's transaction ends. */
    public void lockTable() {
        jdbc.execute("lock table isd_version in share row exclusive mode");
    }

    public boolean any() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from isd_version)", Boolean.class));
    }

    public List<IsdVersion> all() {
        return jdbc.query("select * from isd_version order by version_id", MAPPER);
    }

    public Optional<IsdVersion> find(int id) {
        return jdbc.query("select * from isd_version where version_id = ?", MAPPER, id).stream().findFirst();
    }

    /** The latest version that is effective on {@code date}: the default "as known" version of a query. */
    public Optional<Integer> effectiveOn(LocalDate date) {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(version_id) from isd_version where effective_from <= ?", Integer.class, date));
    }

    /**
     * Locks the oldest pending version due on {@code today}, skipping versions another instance holds, so
     * that each version is distributed by exactly one instance.
     */
    public Optional<IsdVersion> lockNextDue(LocalDate today) {
        return jdbc.query("select * from isd_version where status = 'PENDING' and effective_from <= ? "
                + "order by version_id limit 1 for update skip locked", MAPPER, today).stream().findFirst();
    }

    public void markPublished(int id, Instant at) {
        jdbc.update("update isd_version set status = 'PUBLISHED', published_at = ? where version_id = ?",
                Timestamp.from(at), id);
    }
}
