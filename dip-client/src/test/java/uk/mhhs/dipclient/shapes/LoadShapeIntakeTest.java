package uk.mhhs.dipclient.shapes;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.testsupport.RealServers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kit's load-shape consumer in the test service (schema {@code svc}) opted in with
 * {@code mhhs.load-shapes.enabled=true}: IF-022/IF-023 intake into {@code load_shape} and the category lookup.
 * Each test uses dates of its own.
 */
@SpringBootTest(properties = "mhhs.load-shapes.enabled=true")
@RealServers(database = "dip_client_it")
class LoadShapeIntakeTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");
    private static final LoadShapeCategory FINE = new LoadShapeCategory("_A", "W", "S", "D", "AI");

    @Autowired
    LoadShapeIntake intake;
    @Autowired
    LoadShapeStore store;
    @Autowired
    InboundDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_dispatcher_takes_IF022_and_IF023_when_the_service_opts_in() {
        assertThat(dispatcher.interfaces()).contains("IF-022", "IF-023");
    }

    @Test
    void an_IF022_and_IF023_pair_stores_a_categorys_values_flags_and_total_and_a_later_one_replaces_them() {
        LocalDate date = LocalDate.of(2031, 3, 1);

        intake.handle(if022(date, FINE, i -> "0.0" + (i % 10 + 10), null));
        intake.handle(if023(date, FINE, "4321.500"));

        StoredLoadShape shape = store.find(date, FINE).orElseThrow();
        assertThat(shape.date()).isEqualTo(date);
        assertThat(shape.periodValues()).hasSize(48);
        assertThat(shape.periodValues()[0]).isEqualByComparingTo("0.010");
        assertThat(shape.periodValues()[47]).isEqualByComparingTo("0.017");
        assertThat(shape.flags()).hasSize(48).containsOnly("A");
        assertThat(shape.annualTotal()).isEqualByComparingTo("4321.500");

        intake.handle(if022(date, FINE, i -> "1.000", null));
        intake.handle(if023(date, FINE, "5000"));

        StoredLoadShape replaced = store.find(date, FINE).orElseThrow();
        assertThat(Arrays.stream(replaced.periodValues()).allMatch(v -> v.compareTo(BigDecimal.ONE) == 0)).isTrue();
        assertThat(replaced.annualTotal()).isEqualByComparingTo("5000");
        assertThat(jdbc.queryForObject("select count(*) from svc.load_shape where settlement_date = ?",
                Integer.class, java.sql.Date.valueOf(date))).isEqualTo(1);
    }

    @Test
    void the_lookup_takes_the_most_specific_published_category_first() {
        LocalDate date = LocalDate.of(2031, 3, 2);
        LoadShapeCategory groupAny = new LoadShapeCategory("_A", "W", "S", "", "AI");
        LoadShapeCategory nationalDomestic = new LoadShapeCategory("", "W", "S", "D", "AI");
        LoadShapeCategory nationalAny = new LoadShapeCategory("", "W", "S", "", "AI");

        assertThat(store.find(date, FINE)).isEmpty();

        intake.handle(if022(date, nationalAny, i -> "4", null));
        assertThat(value(date, FINE)).isEqualByComparingTo("4");
        intake.handle(if022(date, nationalDomestic, i -> "3", null));
        assertThat(value(date, FINE)).isEqualByComparingTo("3");
        intake.handle(if022(date, groupAny, i -> "2", null));
        assertThat(value(date, FINE)).isEqualByComparingTo("2");
        intake.handle(if022(date, FINE, i -> "1", null));
        assertThat(value(date, FINE)).isEqualByComparingTo("1");

        // another group's MPAN of the same kind falls to the national shapes; a non-domestic one to (national, any)
        assertThat(value(date, new LoadShapeCategory("_B", "W", "S", "D", "AI"))).isEqualByComparingTo("3");
        assertThat(value(date, new LoadShapeCategory("_B", "W", "S", "N", "AI"))).isEqualByComparingTo("4");
        assertThat(store.find(date, new LoadShapeCategory("_A", "W", "S", "D", "AE"))).isEmpty();
        // a total alone is not a shape
        LocalDate totalOnly = LocalDate.of(2031, 3, 3);
        intake.handle(if023(totalOnly, FINE, "100"));
        assertThat(store.find(totalOnly, FINE)).isEmpty();
    }

    @Test
    void a_period_that_is_not_a_half_hour_end_of_the_date_is_rejected_MSG1001_and_nothing_is_stored() {
        LocalDate date = LocalDate.of(2031, 3, 4);
        LoadShapeCategory other = new LoadShapeCategory("_B", "W", "S", "D", "AI");
        // the first category is fine, the second has a period ending 00:15 of the date
        Incoming message = if022(date, FINE, i -> "1", null);
        ArrayNode groups = (ArrayNode) message.custom().path("B903List").get(0).path("LSGSettlementPeriods");
        ObjectNode second = group(date, other, i -> "1");
        ((ObjectNode) second.path("LSGroupSettlementPeriods").get(5)).put("sp",
                UTC.format(date.atTime(0, 15)));
        groups.add(second);

        assertThatThrownBy(() -> intake.handle(message)).isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).code()).isEqualTo("MSG1001"));
        // and one of the next date
        assertThatThrownBy(() -> intake.handle(if022(date, FINE, i -> "1", UTC.format(date.plusDays(1).atTime(0, 30)))))
                .isInstanceOf(Rejected.class).satisfies(e -> assertThat(((Rejected) e).code()).isEqualTo("MSG1001"));

        assertThat(jdbc.queryForObject("select count(*) from svc.load_shape where settlement_date = ?",
                Integer.class, java.sql.Date.valueOf(date))).isZero();
    }

    private BigDecimal value(LocalDate date, LoadShapeCategory category) {
        return store.find(date, category).orElseThrow().periodValues()[20];
    }

    /** An IF-022 of one category; {@code lastSp} replaces the last period's end when given. */
    private static Incoming if022(LocalDate date, LoadShapeCategory category, IntFunction<String> value,
                                  String lastSp) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        ObjectNode day = custom.putArray("B903List").addObject();
        day.putObject("settlementDay").put("settlementDayDate", UTC.format(date.atStartOfDay()))
                .put("periodDuration", 30);
        ObjectNode group = group(date, category, value);
        if (lastSp != null) {
            ((ObjectNode) group.path("LSGroupSettlementPeriods").get(47)).put("sp", lastSp);
        }
        day.putArray("LSGSettlementPeriods").add(group);
        return incoming("IF-022", "[LSSPeriodData]", custom);
    }

    private static ObjectNode group(LocalDate date, LoadShapeCategory category, IntFunction<String> value) {
        ObjectNode group = JsonMapper.shared().createObjectNode();
        group.set("LSGroup", lsGroup(category));
        ArrayNode periods = group.putArray("LSGroupSettlementPeriods");
        for (int i = 0; i < 48; i++) {
            periods.addObject().put("sp", UTC.format(date.atStartOfDay().plusMinutes(30L * (i + 1))))
                    .put("loadShapePeriodValue", value.apply(i)).put("defaultLoadShapeFlag", "A");
        }
        return group;
    }

    private static Incoming if023(LocalDate date, LoadShapeCategory category, String total) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        ObjectNode day = custom.putArray("B912List").addObject();
        day.putObject("settlementDay").put("settlementDayDate", UTC.format(date.atStartOfDay()))
                .put("periodDuration", 30);
        ObjectNode group = day.putArray("LSGTotals").addObject();
        group.set("LSGroup", lsGroup(category));
        group.putObject("LSAnnualConsumption").put("annualLoadShapeTotal", total);
        return incoming("IF-023", "[LSSTotalsData]", custom);
    }

    private static ObjectNode lsGroup(LoadShapeCategory category) {
        ObjectNode group = JsonMapper.shared().createObjectNode();
        if (!category.gspGroup().isEmpty()) {
            group.put("loadShapeGSPGroupID", category.gspGroup());
        }
        group.put("connectionTypeIndicator", category.connectionType());
        group.put("marketSegmentIndicator", category.segment());
        if (!category.domestic().isEmpty()) {
            group.put("loadShapeDomesticPremiseIndicator", category.domestic());
        }
        group.put("measurementQuantityID", category.mq());
        return group;
    }

    private static Incoming incoming(String interfaceId, String event, ObjectNode custom) {
        return new Incoming("T-" + UUID.randomUUID(), interfaceId, event, null, "9900000004", "LSS",
                MissingNode.getInstance(), custom);
    }
}
