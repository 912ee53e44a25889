package uk.mhhs.lss.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The back-stop source of a category's values: what was published for the category on the same weekday of the
 * previous week (the date − 7 days). The adapter reads it from its store of published shapes.
 */
@FunctionalInterface
public interface BackStop {

    /**
     * The 48 values published for {@code c} 7 days before the date being calculated, or empty. A {@code null}
     * element means that period was not published and falls to the standard shape.
     */
    Optional<BigDecimal[]> previousWeek(Category c);

    /** A back-stop with no previous week at all (always the standard shape). */
    static BackStop none() {
        return c -> Optional.empty();
    }
}
