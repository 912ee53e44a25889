package uk.mhhs.registration.migration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.registration.RegError;

import java.util.List;

/**
 * Operators: {@code POST /registration/v1/migrations?fileName=} with the CSV as the body ({@code text/csv},
 * streamed, not held in memory) and header {@code X-REG-Operator-Token}; 200 with the run's report.
 * {@code GET /registration/v1/migrations/{id}/rejections} lists every rejected row's problems;
 * {@code POST /registration/v1/migrations/{id}/announcement} sends the run's MPANs to the market.
 */
@RestController
@RequestMapping("/registration/v1/migrations")
class MigrationApi {

    private final ImportingMigration importing;
    private final MigrationAnnouncement announcement;
    private final JdbcTemplate jdbc;

    MigrationApi(ImportingMigration importing, MigrationAnnouncement announcement, JdbcTemplate jdbc) {
        this.importing = importing;
        this.announcement = announcement;
        this.jdbc = jdbc;
    }

    @PostMapping(consumes = "text/csv")
    ResponseEntity<?> importFile(@RequestParam(defaultValue = "upload.csv") String fileName,
                                 @RequestParam(required = false) Integer chunkRows,
                                 HttpServletRequest request) throws Exception {
        if (chunkRows != null && chunkRows < 1) {
            return ResponseEntity.badRequest().body(new RegError(null, "chunkRows must be at least 1", "was " + chunkRows));
        }
        return ResponseEntity.ok(chunkRows == null ? importing.importFile(fileName, request.getInputStream())
                : importing.importFile(fileName, request.getInputStream(), chunkRows));
    }

    /** Announces the run's MPANs to the market ({@link MigrationAnnouncement}); 200 with what was sent. */
    @PostMapping("/{id}/announcement")
    ResponseEntity<?> announce(@PathVariable long id, @RequestParam(defaultValue = "500") int chunk) {
        Integer runs = jdbc.queryForObject("select count(*) from migration where id = ?", Integer.class, id);
        if (runs == 0) {
            return ResponseEntity.status(404).body(new RegError(null, "no migration run " + id, "unknown run"));
        }
        if (chunk < 1) {
            return ResponseEntity.badRequest().body(new RegError(null, "chunk must be at least 1", "was " + chunk));
        }
        return ResponseEntity.ok(announcement.announce(id, chunk));
    }

    @GetMapping("/{id}/rejections")
    ResponseEntity<?> rejections(@PathVariable long id) {
        List<RowProblem> problems = jdbc.query("select row_number, column_name, code, reason from migration_rejection"
                        + " where migration_id = ? order by row_number, column_name nulls first",
                (rs, n) -> new RowProblem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), id);
        return ResponseEntity.ok(problems);
    }
}
