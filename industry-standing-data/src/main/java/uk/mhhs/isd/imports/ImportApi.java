package uk.mhhs.isd.imports;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.isd.catalogue.IsdCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code POST /isd/v1/versions?description=&effectiveFrom=} with a ZIP of {@code <entity>.csv} files
 * ({@code application/zip}) or one file ({@code text/csv} and {@code entity=}); admins only (the kit's access
 * filter, {@link uk.mhhs.isd.IsdAccess}). 201 with the version, or 422 with every problem and nothing changed.
 */
@RestController
@RequestMapping("/isd/v1/versions")
class ImportApi {

    private final ImportingVersion importing;
    ImportApi(ImportingVersion importing) {
        this.importing = importing;
    }

    @PostMapping(consumes = "application/zip")
    ResponseEntity<Object> importZip(@RequestParam String description,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                                     @RequestBody byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return rejected(List.of(new ImportProblem("", 0, null, IsdCode.ISD0013.name(), "not a ZIP: " + e.getMessage())));
        }
        return respond(importing.importFiles(description, effectiveFrom, files));
    }

    @PostMapping(consumes = "text/csv")
    ResponseEntity<Object> importCsv(@RequestParam String description,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                                     @RequestParam String entity,
                                     @RequestBody String csv) {
        return respond(importing.importFiles(description, effectiveFrom, Map.of(entity + ".csv", csv)));
    }

    private static ResponseEntity<Object> respond(ImportingVersion.Outcome outcome) {
        return outcome.accepted() ? ResponseEntity.status(HttpStatus.CREATED).body(outcome.version())
                : rejected(outcome.problems());
    }

    private static ResponseEntity<Object> rejected(List<ImportProblem> problems) {
        return ResponseEntity.unprocessableContent().body(Map.of("problems", problems));
    }
}
