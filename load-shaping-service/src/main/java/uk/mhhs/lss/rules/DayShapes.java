package uk.mhhs.lss.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The shapes of one UTC settlement date, one per published category.
 *
 * @param date   the UTC settlement date
 * @param shapes the shape of every published category (in the order they were calculated)
 */
public record DayShapes(LocalDate date, Map<Category, CategoryShape> shapes) {

    public DayShapes {
        Objects.requireNonNull(date, "date");
        shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
    }

    /** The shape of {@code c}; {@code null} when it was not published. */
    public CategoryShape get(Category c) {
        return shapes.get(c);
    }
}
