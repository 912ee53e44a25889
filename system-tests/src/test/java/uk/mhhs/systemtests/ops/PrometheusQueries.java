package uk.mhhs.systemtests.ops;

import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.services.ServiceStatus;
import uk.mhhs.systemtests.ops.OpsQueries.Query;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations stack checked against a running local suite: a real Prometheus scrapes every service's
 * {@code /actuator/prometheus} (the gateway's on its management port) and Debian's postgres-exporter on the suite's
 * PostgreSQL, loads {@code ops/prometheus/rules}, and then EVERY query of every dashboard panel and variable and
 * every alert expression (without its threshold: see {@link OpsQueries}) must return at least one series. So no
 * panel or alert points at a metric the suite does not export. Call it after traffic: rate() and increase() need
 * two scrapes, and some series (correction factors, run phases) exist only once their event happened.
 */
public final class PrometheusQueries {

    private static final Logger log = LoggerFactory.getLogger(PrometheusQueries.class);

    /** How long every query gets to return series: Kafka's client metrics are bound a minute after assignment. */
    static final Duration SERIES_WAIT = Duration.ofMinutes(4);
    static final Duration START_WAIT = Duration.ofMinutes(2);

    /** What was checked. */
    public record Result(int targets, int dashboardQueries, int alertQueries, Duration took) {
    }

    private PrometheusQueries() {
    }

    /**
     * @param suite      the running suite (every service started)
     * @param projectDir the checkout, whose {@code ops/} is read
     * @param workDir    where Prometheus's configuration, data and logs go (a fresh directory)
     */
    public static Result checkAll(RunningSuite suite, Path projectDir, Path workDir) throws Exception {
        long started = System.nanoTime();
        List<Query> dashboards = OpsQueries.dashboards(projectDir);
        List<Query> alerts = OpsQueries.alerts(projectDir);
        try (PostgresExporter exporter = PostgresExporter.start(suite.jdbcUrl(), workDir)) {
            List<LocalPrometheus.Job> jobs = new ArrayList<>();
            for (ServiceStatus service : suite.services()) {
                URI metrics = service.launch().prometheusUrl();
                jobs.add(new LocalPrometheus.Job(service.launch().service().module(),
                        metrics.getHost() + ":" + metrics.getPort(), metrics.getPath()));
            }
            jobs.add(new LocalPrometheus.Job("postgres", exporter.target(), "/metrics"));
            try (LocalPrometheus prometheus = LocalPrometheus.start(workDir, jobs, OpsQueries.ruleFiles(projectDir))) {
                await("Prometheus ready (log in " + workDir + ")").atMost(START_WAIT)
                        .pollInterval(Duration.ofSeconds(1)).until(prometheus::ready);
                await("every target scraped up").atMost(START_WAIT).pollInterval(Duration.ofSeconds(2))
                        .until(() -> downTargets(prometheus), Map::isEmpty);
                assertRulesLoaded(prometheus, alerts.size());

                List<Query> all = new ArrayList<>(dashboards);
                all.addAll(alerts);
                AtomicReference<Map<Query, String>> failing = new AtomicReference<>(Map.of());
                try {
                    // once a query has returned series it stays checked; the rest are asked again each scrape
                    await().atMost(SERIES_WAIT).pollInterval(Duration.ofSeconds(5)).until(() -> {
                        failing.set(withoutSeries(prometheus, failing.get().isEmpty() ? all
                                : List.copyOf(failing.get().keySet())));
                        return failing.get().isEmpty();
                    });
                } catch (ConditionTimeoutException timedOut) {
                    // reported below, query by query
                }
                StringBuilder report = new StringBuilder();
                failing.get().forEach((query, why) -> report.append("\n  ").append(query.source()).append(": ")
                        .append(query.expr()).append(" -> ").append(why));
                assertThat(failing.get()).as("queries without series after %s:%s", SERIES_WAIT, report).isEmpty();
                Result result = new Result(jobs.size(), dashboards.size(), alerts.size(),
                        Duration.ofNanos(System.nanoTime() - started));
                log.info("operations check: {}", result);
                return result;
            }
        }
    }

    /** Targets not up, with their last error. */
    private static Map<String, String> downTargets(LocalPrometheus prometheus) throws Exception {
        Map<String, String> down = new LinkedHashMap<>();
        for (JsonNode target : prometheus.targets().values()) {
            if (!"up".equals(target.path("health").asString())) {
                down.put(target.path("labels").path("job").asString(), target.path("lastError").asString());
            }
        }
        if (!down.isEmpty()) {
            log.info("targets not up yet: {}", down);
        }
        return down;
    }

    private static void assertRulesLoaded(LocalPrometheus prometheus, int alertRules) throws Exception {
        int loaded = 0;
        for (JsonNode group : prometheus.ruleGroups().values()) {
            loaded += group.path("rules").size();
        }
        assertThat(loaded).as("rules Prometheus loaded from ops/prometheus/rules").isEqualTo(alertRules);
    }

    private static Map<Query, String> withoutSeries(LocalPrometheus prometheus, List<Query> queries)
            throws InterruptedException, java.io.IOException {
        Map<Query, String> failing = new LinkedHashMap<>();
        for (Query query : queries) {
            try {
                if (prometheus.query(query.expr()).isEmpty()) {
                    failing.put(query, "no series");
                }
            } catch (IllegalArgumentException e) {
                failing.put(query, e.getMessage()); // Prometheus refused the query: it stays failing
            }
        }
        return failing;
    }
}
