package uk.mhhs.vas.inputs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.vas.rules.GspGroupTakeCode;
import uk.mhhs.vas.rules.GspGroupTakeReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * GSP Group Take over REST. {@code POST /vas/v1/gsp-group-take} (body {@code text/csv}, the file format of
 * README "GSP Group Take"; optional {@code fileName}; the operator role, checked by the kit's access filter before
 * the body is read):
 * 201 with the new version, 200 when it is the date's latest version already, 400 (the file cannot be read as the
 * format) or 422 (its content is wrong or incomplete) with the row report, 401/403 for a missing or low token, 413 beyond
 * {@link #MAX_BYTES}. {@code GET /vas/v1/gsp-group-take?settlementDate=} lists a date's versions;
 * {@code GET /vas/v1/gsp-group-take/{versionId}} gives one back as the file format.
 */
@RestController
class GspGroupTakeApi {

    /** The largest file accepted: a 50-period day is 700 rows of ~40 bytes, so 5 MB leaves room for anything sane. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The answer to an upload that stored (or found) a version. */
    record Uploaded(long versionId, LocalDate settlementDate, int version, int rows, BigDecimal totalKwh) {
    }

    private final GspGroupTakeStore store;
    private final GspGroupTakeVersions versions;
    GspGroupTakeApi(GspGroupTakeStore store, GspGroupTakeVersions versions) {
        this.store = store;
        this.versions = versions;
    }

    @PostMapping(value = "/vas/v1/gsp-group-take", consumes = "text/csv")
    ResponseEntity<?> upload(@RequestParam(required = false) String fileName, HttpServletRequest request)
            throws IOException {
        byte[] body = request.getContentLengthLong() > MAX_BYTES ? null : read(request.getInputStream());
        if (body == null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(GspGroupTakeReport.refused(
                    GspGroupTakeCode.VAS014, "the file is larger than " + MAX_BYTES + " bytes"));
        }
        GspGroupTakeStore.Outcome outcome = store.receive(new String(body, StandardCharsets.UTF_8),
                GspGroupTakeStore.Source.UPLOAD, fileName);
        if (outcome instanceof GspGroupTakeStore.Stored stored) {
            return ResponseEntity.status(stored.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(uploaded(stored.version()));
        }
        GspGroupTakeReport report = ((GspGroupTakeStore.Refused) outcome).report();
        return ResponseEntity.status(report.formatFault() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    @GetMapping("/vas/v1/gsp-group-take")
    List<GspGroupTakeVersion> versions(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                       LocalDate settlementDate) {
        return versions.of(settlementDate);
    }

    @GetMapping("/vas/v1/gsp-group-take/{versionId}")
    void csv(@PathVariable long versionId, HttpServletResponse response) throws IOException {
        var version = versions.find(versionId);
        if (version.isEmpty()) {
            response.sendError(HttpStatus.NOT_FOUND.value(), "no GSP Group Take version " + versionId);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"gsp-group-take-"
                + version.get().settlementDate() + "-v" + version.get().version() + ".csv\"");
        versions.writeCsv(version.get(), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** The body, or null once it passes {@link #MAX_BYTES} (a chunked body has no length to check up front). */
    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        return body.length > MAX_BYTES ? null : body;
    }

    private static Uploaded uploaded(GspGroupTakeVersion v) {
        return new Uploaded(v.versionId(), v.settlementDate(), v.version(), v.rows(), v.totalKwh());
    }
}
