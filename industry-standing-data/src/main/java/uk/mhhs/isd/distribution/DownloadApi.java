package uk.mhhs.isd.distribution;

import uk.mhhs.common.csv.Csv;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.EntityRow;
import uk.mhhs.isd.catalogue.IsdCatalogue;
import uk.mhhs.isd.versions.EntityRows;
import uk.mhhs.isd.versions.IsdVersion;
import uk.mhhs.isd.versions.Versions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A version's rows for download, in the import format: {@code download.zip} (one {@code <entity>.csv} per
 * entity with rows), {@code <entity>.csv}, and {@code download.json}.
 */
@RestController
@RequestMapping("/isd/v1/versions/{id}")
class DownloadApi {

    private final Versions versions;
    private final EntityRows rows;
    private final IsdCatalogue catalogue;

    DownloadApi(Versions versions, EntityRows rows, IsdCatalogue catalogue) {
        this.versions = versions;
        this.rows = rows;
        this.catalogue = catalogue;
    }

    @GetMapping(value = "/download.zip", produces = "application/zip")
    ResponseEntity<byte[]> zip(@PathVariable int id) {
        version(id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (EntityDefinition entity : catalogue.entities()) {
                List<EntityRow> entityRows = rows.ofVersion(entity, id);
                if (!entityRows.isEmpty()) {
                    zip.putNextEntry(new ZipEntry(entity.name() + ".csv"));
                    zip.write(csv(entity, entityRows).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=isd-v" + id + ".zip")
                .body(bytes.toByteArray());
    }

    @GetMapping(value = "/{entity}.csv", produces = "text/csv")
    String entityCsv(@PathVariable int id, @PathVariable String entity) {
        version(id);
        EntityDefinition definition = catalogue.entity(entity).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no ISD entity " + entity));
        return csv(definition, rows.ofVersion(definition, id));
    }

    @GetMapping(value = "/download.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> json(@PathVariable int id) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", version(id));
        Map<String, Object> entities = new LinkedHashMap<>();
        for (EntityDefinition entity : catalogue.entities()) {
            entities.put(entity.name(), rows.ofVersion(entity, id).stream().map(r -> r.toJson(entity)).toList());
        }
        document.put("entities", entities);
        return document;
    }

    /** The import format: effective_from, effective_to, then the entity's columns. */
    static String csv(EntityDefinition entity, List<EntityRow> entityRows) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("effective_from", "effective_to"));
        entity.columns().forEach(c -> header.add(c.name()));
        csv.append(Csv.line(header));
        for (EntityRow row : entityRows) {
            List<String> fields = new ArrayList<>();
            fields.add(row.effectiveFrom().toString());
            fields.add(row.effectiveTo() == null ? "" : row.effectiveTo().toString());
            for (Column column : entity.columns()) {
                fields.add(column.type().format(row.values().get(column.name())));
            }
            csv.append(Csv.line(fields));
        }
        return csv.toString();
    }

    private IsdVersion version(int id) {
        return versions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no ISD version " + id));
    }
}
