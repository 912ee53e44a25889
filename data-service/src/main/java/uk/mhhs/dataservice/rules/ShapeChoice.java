package uk.mhhs.dataservice.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Which load shape to use for a date, and which fallback that was (so the adapter can log and count it).
 * Order: the LSS shape for the date; else the previous date's LSS shape, relabelled to the date with source
 * "previous day"; else the standard shape. A shape is usable when its effective annual total is positive.
 *
 * @param shape    the shape to use, dated the target date
 * @param fallback which rule supplied it
 */
public record ShapeChoice(LoadShape shape, Fallback fallback) {

    /** Which rule supplied the shape. */
    public enum Fallback {
        /** The LSS shape for the date itself. */
        NONE,
        /** The previous date's shape. */
        PREVIOUS_DATE,
        /** The configured standard shape ({@link StandardShapes}). */
        STANDARD
    }

    public static final String PREVIOUS_DAY_SOURCE = "previous day";

    public ShapeChoice {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Chooses the shape.
     *
     * @param forDate      the LSS shape for the date, if any
     * @param previousDate the LSS shape for the day before, if any
     * @param standard     the standard shape for the date (its date is the target date)
     */
    public static ShapeChoice choose(Optional<LoadShape> forDate, Optional<LoadShape> previousDate, LoadShape standard) {
        Objects.requireNonNull(standard, "standard");
        if (forDate.isPresent() && usable(forDate.get())) {
            return new ShapeChoice(forDate.get(), Fallback.NONE);
        }
        if (previousDate.isPresent() && usable(previousDate.get())) {
            return new ShapeChoice(previousDate.get().relabel(standard.date(), PREVIOUS_DAY_SOURCE), Fallback.PREVIOUS_DATE);
        }
        return new ShapeChoice(standard, Fallback.STANDARD);
    }

    private static boolean usable(LoadShape s) {
        return s != null && s.effectiveAnnualTotal().signum() > 0;
    }
}
