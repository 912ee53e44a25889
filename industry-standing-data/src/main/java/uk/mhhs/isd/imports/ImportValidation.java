package uk.mhhs.isd.imports;

import uk.mhhs.common.csv.Csv;

import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.EntityRow;
import uk.mhhs.isd.catalogue.IsdCatalogue;
import uk.mhhs.isd.catalogue.IsdCode;
import uk.mhhs.isd.catalogue.RowRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the CSV files of one import (file name {@code <entity>.csv}) and turns them into typed rows. Pure: the
 * keys already stored come in through {@link StoredValues}. Every problem is reported, not just the first.
 */
public final class ImportValidation {

    /** The values a column has in any stored version. */
    @FunctionalInterface
    public interface StoredValues {
        Set<String> of(EntityDefinition entity, Column column);
    }

    /** Either rows by entity (in catalogue order) or problems. */
    public record Result(Map<EntityDefinition, List<EntityRow>> rows, List<ImportProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    static final String EFFECTIVE_FROM = "effective_from";
    static final String EFFECTIVE_TO = "effective_to";

    private final IsdCatalogue catalogue;
    private final StoredValues stored;

    public ImportValidation(IsdCatalogue catalogue, StoredValues stored) {
        this.catalogue = catalogue;
        this.stored = stored;
    }

    /**
     * @param files                file name → content
     * @param versionEffectiveFrom the effective_from of rows that give none
     */
    public Result validate(Map<String, String> files, LocalDate versionEffectiveFrom) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<EntityDefinition, List<EntityRow>> parsed = new LinkedHashMap<>();
        Map<EntityDefinition, List<Integer>> lines = new HashMap<>();
        Map<EntityDefinition, String> fileOf = new HashMap<>();
        for (var file : files.entrySet()) {
            String name = file.getKey().replaceFirst("^.*/", "");
            Optional<EntityDefinition> entity = name.endsWith(".csv")
                    ? catalogue.entity(name.substring(0, name.length() - 4)) : Optional.empty();
            if (entity.isEmpty()) {
                problems.add(new ImportProblem(name, 0, null, IsdCode.ISD0001.name(),
                        "expected <entity>.csv with entity one of " + catalogue.entities().stream()
                                .map(EntityDefinition::name).toList()));
                continue;
            }
            fileOf.put(entity.get(), name);
            List<Integer> lineNumbers = new ArrayList<>();
            parsed.put(entity.get(), parseFile(name, entity.get(), file.getValue(), versionEffectiveFrom,
                    problems, lineNumbers));
            lines.put(entity.get(), lineNumbers);
        }
        if (problems.isEmpty() && parsed.values().stream().allMatch(List::isEmpty)) {
            problems.add(new ImportProblem("", 0, null, IsdCode.ISD0013.name(), "the import has no rows"));
        }
        for (var entry : parsed.entrySet()) {
            checkReferences(fileOf.get(entry.getKey()), entry.getKey(), entry.getValue(),
                    lines.get(entry.getKey()), parsed, problems);
            checkOverlaps(fileOf.get(entry.getKey()), entry.getKey(), entry.getValue(),
                    lines.get(entry.getKey()), problems);
        }
        Map<EntityDefinition, List<EntityRow>> ordered = new LinkedHashMap<>();
        catalogue.entities().stream().filter(parsed::containsKey).forEach(e -> ordered.put(e, parsed.get(e)));
        return new Result(problems.isEmpty() ? ordered : Map.of(), List.copyOf(problems));
    }

    private List<EntityRow> parseFile(String file, EntityDefinition entity, String content, LocalDate defaultFrom,
                                      List<ImportProblem> problems, List<Integer> lineNumbers) {
        List<List<String>> records = Csv.read(content.startsWith("\uFEFF") ? content.substring(1) : content);
        if (records.isEmpty()) {
            problems.add(new ImportProblem(file, 1, null, IsdCode.ISD0002.name(), "the file has no header"));
            return List.of();
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        if (!headerIsValid(file, entity, header, problems)) {
            return List.of();
        }
        List<EntityRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            int line = r + 1;
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(new ImportProblem(file, line, null, IsdCode.ISD0012.name(),
                        record.size() + " fields, the header has " + header.size()));
                continue;
            }
            parseRow(file, entity, header, record, line, defaultFrom, problems).ifPresent(row -> {
                rows.add(row);
                lineNumbers.add(line);
            });
        }
        return rows;
    }

    private boolean headerIsValid(String file, EntityDefinition entity, List<String> header,
                                  List<ImportProblem> problems) {
        int before = problems.size();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            boolean known = name.equals(EFFECTIVE_FROM) || name.equals(EFFECTIVE_TO) || entity.column(name).isPresent();
            if (!known || !seen.add(name)) {
                problems.add(new ImportProblem(file, 1, name, IsdCode.ISD0002.name(),
                        known ? "column repeated" : "unknown column"));
            }
        }
        for (Column column : entity.columns()) {
            if (column.required() && !header.contains(column.name())) {
                problems.add(new ImportProblem(file, 1, column.name(), IsdCode.ISD0002.name(),
                        "required column missing"));
            }
        }
        return problems.size() == before;
    }

    private Optional<EntityRow> parseRow(String file, EntityDefinition entity, List<String> header,
                                         List<String> record, int line, LocalDate defaultFrom,
                                         List<ImportProblem> problems) {
        int before = problems.size();
        Map<String, Object> values = new LinkedHashMap<>();
        LocalDate from = defaultFrom;
        LocalDate to = null;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String text = record.get(i).strip();
            try {
                if (name.equals(EFFECTIVE_FROM)) {
                    from = text.isEmpty() ? defaultFrom : LocalDate.parse(text);
                } else if (name.equals(EFFECTIVE_TO)) {
                    to = text.isEmpty() ? null : LocalDate.parse(text);
                } else {
                    Column column = entity.column(name).orElseThrow();
                    if (text.isEmpty()) {
                        if (column.required()) {
                            problems.add(new ImportProblem(file, line, name, IsdCode.ISD0003.name(), "value missing"));
                        }
                        values.put(name, null);
                        continue;
                    }
                    Object value = column.type().parse(text);
                    column.limitBroken(value).ifPresent(reason ->
                            problems.add(new ImportProblem(file, line, name, IsdCode.ISD0005.name(), reason)));
                    values.put(name, value);
                }
            } catch (RuntimeException e) {
                problems.add(new ImportProblem(file, line, name, IsdCode.ISD0004.name(),
                        e instanceof IllegalArgumentException && e.getMessage() != null ? e.getMessage()
                                : "'" + text + "' is not a date yyyy-MM-dd"));
            }
        }
        entity.columns().forEach(c -> values.putIfAbsent(c.name(), null));
        if (to != null && to.isBefore(from)) {
            problems.add(new ImportProblem(file, line, EFFECTIVE_TO, IsdCode.ISD0007.name(),
                    to + " is before effective_from " + from));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        for (RowRule rule : entity.rules()) {
            rule.check(values).ifPresent(broken -> problems.add(
                    new ImportProblem(file, line, broken.column(), broken.code(), broken.reason())));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new EntityRow(0, from, to, values));
    }

    private void checkReferences(String file, EntityDefinition entity, List<EntityRow> rows, List<Integer> lines,
                                 Map<EntityDefinition, List<EntityRow>> parsed, List<ImportProblem> problems) {
        for (Column column : entity.columns()) {
            if (column.reference() == null) {
                continue;
            }
            EntityDefinition target = catalogue.entity(column.reference().entity()).orElseThrow();
            Column targetColumn = target.column(column.reference().targetColumn()).orElseThrow();
            Set<String> known = new HashSet<>(stored.of(target, targetColumn));
            parsed.getOrDefault(target, List.of()).forEach(row ->
                    known.add(targetColumn.type().format(row.values().get(targetColumn.name()))));
            for (int i = 0; i < rows.size(); i++) {
                Object value = rows.get(i).values().get(column.name());
                if (value != null && !known.contains(column.type().format(value))) {
                    problems.add(new ImportProblem(file, lines.get(i), column.name(), IsdCode.ISD0006.name(),
                            "'" + column.type().format(value) + "' is no " + target.name() + " "
                                    + targetColumn.name()));
                }
            }
        }
    }

    private static void checkOverlaps(String file, EntityDefinition entity, List<EntityRow> rows,
                                      List<Integer> lines, List<ImportProblem> problems) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = entity.naturalKey(rows.get(i).values());
            for (int earlier : byKey.getOrDefault(key, List.of())) {
                if (overlap(rows.get(earlier), rows.get(i))) {
                    problems.add(new ImportProblem(file, lines.get(i), EFFECTIVE_FROM, IsdCode.ISD0008.name(),
                            "key " + key + " overlaps its row on line " + lines.get(earlier)));
                    break;
                }
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
    }

    private static boolean overlap(EntityRow a, EntityRow b) {
        boolean aEndsBeforeB = a.effectiveTo() != null && a.effectiveTo().isBefore(b.effectiveFrom());
        boolean bEndsBeforeA = b.effectiveTo() != null && b.effectiveTo().isBefore(a.effectiveFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
