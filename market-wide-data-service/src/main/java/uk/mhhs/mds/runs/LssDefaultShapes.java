package uk.mhhs.mds.runs;

import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.shapes.LoadShapeCategory;
import uk.mhhs.dipclient.shapes.LoadShapeStore;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Defaults use the shapes LSS publishes to MDS (IF-022 / IF-023, kept by the kit's load-shape consumer), the most
 * specific published category first. A date LSS has not published gets no default shape: the period defaults to
 * zero with flag B (no data), which the run's IF-013 says.
 */
@Component
class LssDefaultShapes implements DefaultShapes {

    private final LoadShapeStore store;

    LssDefaultShapes(LoadShapeStore store) {
        this.store = store;
    }

    @Override
    public Optional<Shape> find(LocalDate utcDate, String gspGroup, String connectionType, String segment,
                                String domestic, String mq) {
        return store.find(utcDate, new LoadShapeCategory(gspGroup == null ? LoadShapeCategory.NATIONAL : gspGroup,
                        connectionType, segment, domestic == null ? LoadShapeCategory.ANY : domestic, mq))
                .map(s -> new Shape(s.periodValues(), s.flags(), s.annualTotal()));
    }
}
