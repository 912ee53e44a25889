package uk.mhhs.vas.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.testsupport.RealServersProperties;
import uk.mhhs.testsupport.TestPostgres;
import uk.mhhs.vas.VolumeAllocationServiceApplication;
import uk.mhhs.vas.runs.RunView;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A VAS instance killed (SIGKILL) in the middle of a run's calculation, and the run after a new instance starts: it is
 * resumed once the dead instance's lease runs out, and ends PUBLISHED with the worked example's numbers, once, never
 * stuck in CALCULATING. The first instance is a child JVM; the test holds it inside the calculation deterministically
 * by locking {@code bm_unit_volume} (access exclusive) from its own connection before the calculation writes there,
 * kills it once it waits on that lock, then releases the lock and starts the second instance in this JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mhhs.scheduler.enabled=false", "mhhs.vas.operator-token=" + VasHttp.TOKEN, "mhhs.vas.worker.enabled=false"})
@RealServers(database = RunCrashTest.DATABASE)
class RunCrashTest {

    static final String DATABASE = "vas_runs_crash";
    private static final String DATE = "2026-11-02";
    private static final MdsStandIn MDS = new MdsStandIn(WorkedExample.aggregates());

    @AfterAll
    static void stopMds() {
        MDS.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DipTopics topics;

    @Test
    void a_run_whose_instance_is_killed_mid_calculation_is_resumed_and_published_by_the_next_instance()
            throws Exception {
        new IsdRows(topics).workedExample();
        VasHttp setup = VasHttp.onPort(port);
        assertThat(setup.uploadGspGroupTake(WorkedExample.gspGroupTake(LocalDate.parse(DATE))).status())
                .isEqualTo(201);
        Map<String, String> instance = Map.of("mhhs.scheduler.enabled", "false",
                "mhhs.vas.operator-token", VasHttp.TOKEN, "mhhs.vas.mds.url", MDS.url(),
                "mhhs.vas.mds.token", "mds-token", "mhhs.vas.worker.interval", "PT0.2S",
                "mhhs.vas.worker.lease", "PT3S");

        UUID id;
        try (Connection blocker = DriverManager.getConnection(TestPostgres.instance().jdbcUrl(DATABASE),
                TestPostgres.USER, TestPostgres.PASSWORD);
             ChildVas child = ChildVas.start(DATABASE, instance)) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("lock table vas.bm_unit_volume in access exclusive mode");
            }
            id = child.http().request(DATE, "SF", null).run().id();
            // the child is inside the calculation's transaction, waiting for the lock on bm_unit_volume
            await().atMost(Duration.ofSeconds(90)).until(() -> child.http().run(id).state().equals("CALCULATING")
                    && waitingOnBmUnitVolume());
            child.kill();
            blocker.rollback(); // releases the lock
        }
        assertThat(state(id)).isEqualTo("CALCULATING"); // as the dead instance left it
        assertThat(new RunResults(jdbc).factorRows(id)).isZero(); // its calculation rolled back with it

        Map<String, Object> next = new HashMap<>(RealServersProperties.forName(DATABASE));
        next.putAll(instance);
        next.put("server.port", "0");
        // as arguments: they outrank application.yml, as the child's do
        String[] arguments = next.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(
                VolumeAllocationServiceApplication.class).run(arguments)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> state(id), s -> s.equals("PUBLISHED") || s.equals("FAILED"));
        }

        RunView run = setup.run(id);
        assertThat(run.state()).as(run.failure()).isEqualTo("PUBLISHED");
        assertThat(run.attempts()).isEqualTo(2); // the killed attempt and the resumed one
        RunEndToEndTest.assertWorkedExample(jdbc, id);
    }

    private boolean waitingOnBmUnitVolume() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from pg_locks l join pg_class c on c.oid = l.relation
                                where c.relname = 'bm_unit_volume' and not l.granted)""", Boolean.class));
    }

    private String state(UUID id) {
        return jdbc.queryForObject("select state from run where id = ?", String.class, id);
    }
}
