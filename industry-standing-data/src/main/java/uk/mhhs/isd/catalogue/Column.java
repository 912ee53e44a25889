package uk.mhhs.isd.catalogue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One attribute of an ISD entity: its CSV header and database column {@code name}, type, whether it is part of
 * the natural key, whether it must be given, and optional limits (allowed codes, pattern, integer range,
 * reference to another entity's key column).
 */
public record Column(String name, ColumnType type, boolean key, boolean required, Set<String> allowed,
                     Pattern pattern, Integer min, Integer max, Reference reference) {

    /** {@code column} of this entity must be a value of {@code entity}'s column {@code targetColumn}. */
    public record Reference(String entity, String targetColumn) {
    }

    public static Column key(String name, ColumnType type) {
        return new Column(name, type, true, true, null, null, null, null, null);
    }

    public static Column required(String name, ColumnType type) {
        return new Column(name, type, false, true, null, null, null, null, null);
    }

    public static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, false, null, null, null, null, null);
    }

    public Column oneOf(String... codes) {
        return new Column(name, type, key, required, Set.of(codes), pattern, min, max, reference);
    }

    public Column matching(String regex) {
        return new Column(name, type, key, required, allowed, Pattern.compile(regex), min, max, reference);
    }

    public Column between(int minimum, int maximum) {
        return new Column(name, type, key, required, allowed, pattern, minimum, maximum, reference);
    }

    public Column references(String entity, String targetColumn) {
        return new Column(name, type, key, required, allowed, pattern, min, max, new Reference(entity, targetColumn));
    }

    /** Why a typed non-null value breaks this column's limits, if it does. */
    public Optional<String> limitBroken(Object value) {
        if (allowed != null && !allowed.contains(value.toString())) {
            return Optional.of("'" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
        }
        if (pattern != null && !pattern.matcher(value.toString()).matches()) {
            return Optional.of("'" + value + "' does not match " + pattern.pattern());
        }
        if (value instanceof Integer i && ((min != null && i < min) || (max != null && i > max))) {
            return Optional.of(i + " is outside " + min + ".." + max);
        }
        return Optional.empty();
    }
}
