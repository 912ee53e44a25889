package uk.mhhs.dataservice.shapes;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.mhhs.dataservice.rules.LoadShape;
import uk.mhhs.dataservice.rules.ShapeChoice;
import uk.mhhs.dataservice.rules.StandardShapes;
import uk.mhhs.dipclient.shapes.LoadShapeCategory;
import uk.mhhs.dipclient.shapes.LoadShapeStore;
import uk.mhhs.dipclient.shapes.StoredLoadShape;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The load shape an MPAN-day is estimated with. LSS's shapes are taken in and looked up by the service kit
 * ({@link LoadShapeStore}, opted in with {@code mhhs.load-shapes.enabled=true}): the most specific published category
 * wins, (group, domestic) → (group, any) → (national, domestic) → (national, any). On top of that, a date LSS has
 * not published falls back to the previous date's shape, then to the configured standard shape
 * ({@link ShapeChoice}); each fallback is logged once per date and category and counted in
 * {@code ds.load_shape.fallbacks}.
 */
@Component
public class LoadShapes {

    private static final Logger LOG = LoggerFactory.getLogger(LoadShapes.class);

    private final LoadShapeStore store;
    private final StandardShapes standard;
    private final MeterRegistry meters;

    public LoadShapes(LoadShapeStore store, StandardShapes standard, MeterRegistry meters) {
        this.store = store;
        this.standard = standard;
        this.meters = meters;
    }

    /** Shapes of one date, read once for a processing batch. */
    public DateShapes forDate(LocalDate date) {
        return new DateShapes(date, store.forDate(date), store.forDate(date.minusDays(1)));
    }

    /** The shapes of one date and of the day before. */
    public final class DateShapes {

        private final LocalDate date;
        private final LoadShapeStore.DateShapes today;
        private final LoadShapeStore.DateShapes previous;
        private final Map<LoadShapeCategory, ShapeChoice> chosen = new HashMap<>();

        private DateShapes(LocalDate date, LoadShapeStore.DateShapes today, LoadShapeStore.DateShapes previous) {
            this.date = date;
            this.today = today;
            this.previous = previous;
        }

        /** The shape for an MPAN of {@code category} (most specific first), with the fallback used. */
        public ShapeChoice choose(LoadShapeCategory category) {
            return chosen.computeIfAbsent(category, c -> {
                ShapeChoice choice = ShapeChoice.choose(find(today, c), find(previous, c), standard.forDate(date));
                if (choice.fallback() != ShapeChoice.Fallback.NONE) {
                    LOG.warn("no LSS load shape for {} {}: using the {} shape", date, c, choice.shape().source());
                    meters.counter("ds.load_shape.fallbacks", "fallback", choice.fallback().name()).increment();
                }
                return choice;
            });
        }

        private static Optional<LoadShape> find(LoadShapeStore.DateShapes shapes, LoadShapeCategory c) {
            return shapes.find(c).map(DateShapes::lss);
        }

        private static LoadShape lss(StoredLoadShape stored) {
            String[] flags = stored.flags();
            String flag = flags.length > 0 && flags[0] != null ? flags[0] : "A";
            return new LoadShape(stored.date(), stored.periodValues(), stored.annualTotal(), flag, "LSS");
        }
    }
}
