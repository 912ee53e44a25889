package uk.mhhs.mds.it;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.listener.DipPubListenerContainers;
import uk.mhhs.mds.MarketWideDataServiceApplication;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.RealServersProperties;
import uk.mhhs.testsupport.dip.If021Message;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * IF-021 intake beyond one instance, on the real broker and database of its own: a second MDS application in the
 * same {@code mds-consumption} group shares {@code dip.pub.021}'s three partitions (2 + 1), and the intake's
 * listeners stop and start again while messages wait. In both, every one of 200 IF-021 (40 MPANs × 5 days) is
 * stored exactly once: 200 rows, 200 distinct transactions.
 */
@SpringBootTest
@RealServers(database = "mds_shared")
@Import(ConsumptionIntakeTest.TestClock.class)
class SharedIntakeTest {

    private static final String DS = MdsScenario.DS;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;
    @Autowired
    Environment environment;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DipPubListenerContainers listeners;

    @Test
    void two_instances_in_one_consumer_group_store_every_if021_exactly_once_between_them() throws Exception {
        List<String> mpans = registered(40);
        // the same database, broker and topic prefix as this test's context, as arguments (builder properties are
        // only defaults, below application.yml's)
        String[] arguments = RealServersProperties.forName("mds_shared").entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(MarketWideDataServiceApplication.class)
                .web(WebApplicationType.NONE).run(arguments)) {
            awaitMembers(2);
            double firstBefore = if021Received(meters);

            List<String> sent = publish(mpans, LocalDate.of(2026, 11, 1), 5);

            awaitStored(mpans, 200);
            // each instance took a share: 40 keys over 3 partitions, split 2 + 1 between the two
            assertThat(if021Received(meters) - firstBefore).isPositive();
            assertThat(if021Received(second.getBean(MeterRegistry.class))).isPositive();
            assertStoredOnce(mpans, sent);
        }
    }

    @Test
    void the_intake_stopped_and_started_again_mid_stream_stores_every_if021_exactly_once() {
        List<String> mpans = registered(40);
        // 100 IF-021 (days 1–5 of the first 20 MPANs); the listeners stop once some are stored
        List<String> sent = new ArrayList<>(publish(mpans.subList(0, 20), LocalDate.of(2026, 11, 10), 5));
        await().atMost(Duration.ofSeconds(60)).until(() -> stored(mpans) > 0);
        listeners.stop();
        int atStop = stored(mpans);
        // 100 more arrive while nothing listens (days 1–5 of the other 20); nothing of them is stored
        sent.addAll(publish(mpans.subList(20, 40), LocalDate.of(2026, 11, 10), 5));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> stored(mpans) <= 100);
        assertThat(atStop).isBetween(1, 100);

        listeners.start();

        awaitStored(mpans, 200);
        assertStoredOnce(mpans, sent);
    }

    // --- helpers ---

    private void assertStoredOnce(List<String> mpans, List<String> sent) {
        // still 200 a moment later: nothing redelivered is stored again
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> stored(mpans) == 200);
        List<String> transactions = jdbc.queryForList("select transaction_id from consumption where mpan_core = any (?)",
                String.class, (Object) longs(mpans));
        assertThat(transactions).hasSize(200).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sent);
    }

    private static double if021Received(MeterRegistry registry) {
        return registry.find("dip.pub.received").tag("interface", "IF-021").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    /** Waits until {@code mds-consumption} has {@code count} members, each with partitions assigned. */
    private void awaitMembers(int count) throws Exception {
        String group = topics.prefix() + "mds-consumption";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getProperty("spring.kafka.bootstrap-servers")))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                return d.members().size() == count
                        && d.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
            });
        }
    }

    /** {@code days} IF-021 (48 × 0.100 kWh) from {@code from} for each MPAN; their transaction IDs. */
    private List<String> publish(List<String> mpans, LocalDate from, int days) {
        MdsScenario scenario = new MdsScenario(jdbc, topics);
        List<String> transactions = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (String mpan : mpans) {
                transactions.add(scenario.deliver(If021Message.from(DS).mpanCore(mpan).settlementDay(from.plusDays(d))
                        .allPeriods("0.100")));
            }
        }
        return transactions;
    }

    private int stored(List<String> mpans) {
        return jdbc.queryForObject("select count(*) from consumption where mpan_core = any (?)", Integer.class,
                (Object) longs(mpans));
    }

    private void awaitStored(List<String> mpans, int rows) {
        await().atMost(Duration.ofSeconds(90)).until(() -> stored(mpans) >= rows);
    }

    private static Long[] longs(List<String> mpans) {
        return mpans.stream().map(Long::parseLong).toArray(Long[]::new);
    }

    /** {@code count} fresh MPANs registered (IF-001) from 1 Jan 2026 to ALPH, energised, DS appointed. */
    private List<String> registered(int count) {
        return new MdsScenario(jdbc, topics).registerAll(count,
                MdsScenario.Registration.from(LocalDate.of(2026, 1, 1)).withDataService().segment("S"));
    }
}
