package uk.mhhs.isd.versions;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.IsdCatalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /isd/v1/{entity}?asAt=&version=&<column>=}: an entity as at a date, as known in a version. */
@RestController
@RequestMapping("/isd/v1")
class StandingDataApi {

    private final IsdCatalogue catalogue;
    private final EntityRows rows;
    private final Versions versions;
    private final Clock clock;

    StandingDataApi(IsdCatalogue catalogue, EntityRows rows, Versions versions, Clock clock) {
        this.catalogue = catalogue;
        this.rows = rows;
        this.versions = versions;
        this.clock = clock;
    }

    @GetMapping("/versions")
    List<IsdVersion> versions() {
        return versions.all();
    }

    @GetMapping("/versions/{id}")
    IsdVersion version(@PathVariable int id) {
        return versions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no ISD version " + id));
    }

    @GetMapping("/entities")
    List<Map<String, String>> entities() {
        return catalogue.entities().stream().map(e -> Map.of("name", e.name(), "description", e.description()))
                .toList();
    }

    @GetMapping("/{entity}")
    List<Map<String, Object>> asAt(@PathVariable String entity,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate asAt,
                                   @RequestParam(required = false) Integer version,
                                   @RequestParam Map<String, String> parameters) {
        EntityDefinition definition = catalogue.entity(entity).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no ISD entity " + entity));
        LocalDate date = asAt == null ? LocalDate.now(clock) : asAt;
        int known = version != null ? version : versions.effectiveOn(LocalDate.now(clock)).orElse(0);
        Map<String, Object> filters = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (!name.equals("asAt") && !name.equals("version")) {
                Column column = definition.column(name).orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "unknown parameter " + name));
                try {
                    filters.put(name, column.type().parse(value));
                } catch (IllegalArgumentException e) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + ": " + e.getMessage());
                }
            }
        });
        return rows.asAt(definition, date, known, filters).stream().map(r -> r.toJson(definition)).toList();
    }
}
