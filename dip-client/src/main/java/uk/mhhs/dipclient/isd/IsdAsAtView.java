package uk.mhhs.dipclient.isd;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ISD rows held in memory and answered "as at date D, as known in version V", by the ISD service's own rule:
 * per natural key, the row of the highest version {@code <= V} that starts on or before D (the later-starting
 * one if that version has several); the key has a value at D only if that row is still valid on D. So a later
 * version changes a key from a date, or ends it, without touching earlier dates. Not thread-safe.
 */
public final class IsdAsAtView {

    private static final Comparator<IsdSnapshot> LATEST_STATEMENT = Comparator
            .comparingInt(IsdSnapshot::version).thenComparing(IsdSnapshot::effectiveFrom);

    /** entity → record key → row. */
    private final Map<String, Map<String, IsdSnapshot>> rows = new HashMap<>();

    /** Adds or replaces the row of a record key (as compaction would). */
    public void put(String recordKey, IsdSnapshot row) {
        rows.computeIfAbsent(row.entity(), e -> new HashMap<>()).put(recordKey, row);
    }

    /** Removes a record key (a tombstone). */
    public void remove(String entity, String recordKey) {
        Map<String, IsdSnapshot> entityRows = rows.get(entity);
        if (entityRows != null) {
            entityRows.remove(recordKey);
        }
    }

    public int size() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    /** {@link #asAt(String, LocalDate, int)} as known in every version held. */
    public List<IsdSnapshot> asAt(String entity, LocalDate date) {
        return asAt(entity, date, Integer.MAX_VALUE);
    }

    /** The entity's rows as at {@code date} as known in {@code version}, in natural key order. */
    public List<IsdSnapshot> asAt(String entity, LocalDate date, int version) {
        Map<String, IsdSnapshot> latest = new TreeMap<>();
        for (IsdSnapshot row : rows.getOrDefault(entity, Map.of()).values()) {
            if (row.version() <= version && row.startsBy(date)) {
                latest.merge(row.key(), row, (a, b) -> LATEST_STATEMENT.compare(a, b) >= 0 ? a : b);
            }
        }
        return latest.values().stream().filter(r -> r.stillValidOn(date)).toList();
    }
}
