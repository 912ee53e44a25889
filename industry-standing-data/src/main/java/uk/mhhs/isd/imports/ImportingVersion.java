package uk.mhhs.isd.imports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.EntityRow;
import uk.mhhs.isd.catalogue.IsdCatalogue;
import uk.mhhs.isd.catalogue.IsdCode;
import uk.mhhs.isd.versions.EntityRows;
import uk.mhhs.isd.versions.IsdVersion;
import uk.mhhs.isd.versions.Versions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Adds a version from a bulk CSV import: all files are validated first; one bad row rejects the whole import
 * and nothing is written. Accepted rows are inserted under a new version number in one transaction.
 */
@Service
public class ImportingVersion {

    /** The outcome: the new version, or the problems and no version. */
    public record Outcome(IsdVersion version, List<ImportProblem> problems) {
        public boolean accepted() {
            return version != null;
        }
    }

    private final IsdCatalogue catalogue;
    private final Versions versions;
    private final EntityRows rows;
    private final Clock clock;

    public ImportingVersion(IsdCatalogue catalogue, Versions versions, EntityRows rows, Clock clock) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional
    public Outcome importFiles(String description, LocalDate effectiveFrom, Map<String, String> files) {
        if (effectiveFrom == null || description == null || description.isBlank() || description.length() > 200) {
            return new Outcome(null, List.of(new ImportProblem("", 0, null, IsdCode.ISD0013.name(),
                    "effectiveFrom and a description of 1-200 characters are required")));
        }
        ImportValidation.Result result = new ImportValidation(catalogue, rows::valuesOf).validate(files, effectiveFrom);
        if (!result.accepted()) {
            return new Outcome(null, result.problems());
        }
        IsdVersion version = versions.create(description, effectiveFrom, clock.instant());
        for (Map.Entry<EntityDefinition, List<EntityRow>> entity : result.rows().entrySet()) {
            rows.insert(entity.getKey(), version.id(), entity.getValue());
        }
        return new Outcome(version, List.of());
    }

    /** Imports only if no version exists yet (the seed data set); several instances may race for it. */
    @Transactional
    public Outcome importFirstVersion(String description, LocalDate effectiveFrom, Map<String, String> files) {
        versions.lockTable();
        if (versions.any()) {
            return new Outcome(null, List.of());
        }
        return importFiles(description, effectiveFrom, files);
    }
}
