package uk.mhhs.dataservice.shapes;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mhhs.dataservice.rules.LoadShape;
import uk.mhhs.dataservice.rules.ShapeChoice;
import uk.mhhs.dataservice.rules.StandardShapes;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The load shape an MPAN-day is estimated with. LSS publishes per category (GSP group or national, connection type,
 * segment, domestic indicator or any, measurement quantity); the most specific published category wins, in the order
 * (group, domestic) → (group, any) → (national, domestic) → (national, any). A date LSS has not published falls back
 * to the previous date's shape, then to the configured standard shape ({@link ShapeChoice}); each fallback is logged
 * once per date and category and counted in {@code ds.load_shape.fallbacks}.
 */
@Component
public class LoadShapes {

    private static final Logger LOG = LoggerFactory.getLogger(LoadShapes.class);

    private final JdbcTemplate jdbc;
    private final StandardShapes standard;
    private final MeterRegistry meters;

    public LoadShapes(JdbcTemplate jdbc, StandardShapes standard, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.standard = standard;
        this.meters = meters;
    }

    /** Shapes of one date, read once for a processing batch. */
    public DateShapes forDate(LocalDate date) {
        return new DateShapes(date, load(date), load(date.minusDays(1)));
    }

    private Map<Category, LoadShape> load(LocalDate date) {
        Map<Category, LoadShape> shapes = new HashMap<>();
        jdbc.query("""
                        select gsp_group, connection_type, segment, domestic, mq, period_values, flags, annual_total
                          from load_shape where settlement_date = ? and period_values is not null""",
                rs -> {
                    Object[] stored = (Object[]) rs.getArray(6).getArray();
                    BigDecimal[] values = new BigDecimal[48];
                    for (int i = 0; i < 48; i++) {
                        values[i] = i < stored.length && stored[i] != null ? (BigDecimal) stored[i] : BigDecimal.ZERO;
                    }
                    Object[] flags = rs.getArray(7) == null ? new Object[0] : (Object[]) rs.getArray(7).getArray();
                    String flag = flags.length > 0 && flags[0] != null ? flags[0].toString() : "A";
                    shapes.put(new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)), new LoadShape(date, values, rs.getBigDecimal(8), flag, "LSS"));
                }, Date.valueOf(date));
        return shapes;
    }

    /** A load-shape category; empty GSP group = national, empty domestic = any. */
    public record Category(String gspGroup, String connectionType, String segment, String domestic, String mq) {
    }

    /** The shapes of one date and of the day before. */
    public final class DateShapes {

        private final LocalDate date;
        private final Map<Category, LoadShape> today;
        private final Map<Category, LoadShape> previous;
        private final Map<Category, ShapeChoice> chosen = new HashMap<>();

        private DateShapes(LocalDate date, Map<Category, LoadShape> today, Map<Category, LoadShape> previous) {
            this.date = date;
            this.today = today;
            this.previous = previous;
        }

        /** The shape for an MPAN of {@code category} (most specific first), with the fallback used. */
        public ShapeChoice choose(Category category) {
            return chosen.computeIfAbsent(category, c -> {
                ShapeChoice choice = ShapeChoice.choose(find(today, c), find(previous, c), standard.forDate(date));
                if (choice.fallback() != ShapeChoice.Fallback.NONE) {
                    LOG.warn("no LSS load shape for {} {}: using the {} shape", date, c, choice.shape().source());
                    meters.counter("ds.load_shape.fallbacks", "fallback", choice.fallback().name()).increment();
                }
                return choice;
            });
        }

        private Optional<LoadShape> find(Map<Category, LoadShape> shapes, Category c) {
            for (Category candidate : new Category[] {c, new Category(c.gspGroup(), c.connectionType(), c.segment(),
                    "", c.mq()), new Category("", c.connectionType(), c.segment(), c.domestic(), c.mq()),
                    new Category("", c.connectionType(), c.segment(), "", c.mq())}) {
                LoadShape shape = shapes.get(candidate);
                if (shape != null) {
                    return Optional.of(shape);
                }
            }
            return Optional.empty();
        }
    }
}
