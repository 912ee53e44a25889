package uk.mhhs.mds.runs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The load shape a default is built from: a UTC date's 48 period values, flags and annual total for a category. */
interface DefaultShapes {

    /** @param domestic T, F or {@code null} (any) */
    Optional<Shape> find(LocalDate utcDate, String gspGroup, String connectionType, String segment, String domestic,
                         String mq);

    /** A shape: 48 values (index = UTC period), their flags, the annual total. */
    record Shape(BigDecimal[] values, String[] flags, BigDecimal annualTotal) {
    }
}
