package uk.mhhs.registration.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The register's one time rule: as at a date, an attribute has the value with the latest effective-from date on
 * or before it. The database applies the same rule with {@code effective_from <= :d order by effective_from desc
 * limit 1}; this is its plain-Java twin for rules that hold a history in memory.
 */
public final class AsAt {

    private AsAt() {
    }

    /**
     * @param history values of one attribute, any order, at most one per effective date
     * @param date    the date asked about
     * @return the value in force on {@code date}, empty before the first one
     */
    public static <T> Optional<Dated<T>> valueOn(List<Dated<T>> history, LocalDate date) {
        return history.stream()
                .filter(dated -> !dated.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(Dated::effectiveFrom));
    }
}
