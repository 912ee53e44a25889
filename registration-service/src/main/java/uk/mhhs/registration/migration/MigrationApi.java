package uk.mhhs.registration.migration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.registration.RegError;
import uk.mhhs.registration.RegistrationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Operators: {@code POST /registration/v1/migrations?fileName=} with the CSV as the body ({@code text/csv},
 * streamed, not held in memory) and header {@code X-REG-Operator-Token}; 200 with the run's report.
 * {@code GET /registration/v1/migrations/{id}/rejections} lists every rejected row's problems.
 */
@RestController
@RequestMapping("/registration/v1/migrations")
class MigrationApi {

    static final String TOKEN_HEADER = "X-REG-Operator-Token";

    private final ImportingMigration importing;
    private final JdbcTemplate jdbc;
    private final RegistrationProperties properties;

    MigrationApi(ImportingMigration importing, JdbcTemplate jdbc, RegistrationProperties properties) {
        this.importing = importing;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @PostMapping(consumes = "text/csv")
    ResponseEntity<?> importFile(@RequestHeader(value = TOKEN_HEADER, required = false) String token,
                                 @RequestParam(defaultValue = "upload.csv") String fileName,
                                 @RequestParam(required = false) Integer chunkRows,
                                 HttpServletRequest request) throws Exception {
        if (!authorised(token)) {
            return unauthorised();
        }
        if (chunkRows != null && chunkRows < 1) {
            return ResponseEntity.badRequest().body(new RegError(null, "chunkRows must be at least 1", "was " + chunkRows));
        }
        return ResponseEntity.ok(chunkRows == null ? importing.importFile(fileName, request.getInputStream())
                : importing.importFile(fileName, request.getInputStream(), chunkRows));
    }

    @GetMapping("/{id}/rejections")
    ResponseEntity<?> rejections(@RequestHeader(value = TOKEN_HEADER, required = false) String token,
                                 @PathVariable long id) {
        if (!authorised(token)) {
            return unauthorised();
        }
        List<RowProblem> problems = jdbc.query("select row_number, column_name, code, reason from migration_rejection"
                        + " where migration_id = ? order by row_number, column_name nulls first",
                (rs, n) -> new RowProblem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), id);
        return ResponseEntity.ok(problems);
    }

    private boolean authorised(String token) {
        String expected = properties.operatorToken();
        return expected != null && !expected.isBlank() && token != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<RegError> unauthorised() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(new RegError(null, "operator token missing or wrong",
                "send the configured mhhs.registration.operator-token in " + TOKEN_HEADER));
    }
}
