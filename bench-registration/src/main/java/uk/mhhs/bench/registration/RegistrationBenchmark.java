package uk.mhhs.bench.registration;

import uk.mhhs.testsupport.bench.Latencies;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.registration.RegistrationServiceApplication;
import uk.mhhs.registration.migration.MigrationFileGenerator;
import uk.mhhs.testsupport.RealServersProperties;
import uk.mhhs.testsupport.bench.Latencies;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration migration import: a generated file of N MPANs with their parties (valid check digits) posted
 * to {@code POST /registration/v1/migrations}, against a raw PostgreSQL COPY of the same file into an unindexed
 * text table measured in the same run; then the latency of the parties lookup the gateway's routing will use.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -pl bench-registration -am verify -DskipTests}; rows:
 * {@code -Dbench.registration.rows=1000000} (default).
 */
public final class RegistrationBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RegistrationBenchmark.class);
    private static final String TOKEN = "bench-operator";

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Map<String, Object> properties = new HashMap<>(RealServersProperties.forName("bench_registration"));
        properties.put("server.port", 0);
        properties.put("mhhs.registration.operator-token", TOKEN);
        properties.put("spring.main.banner-mode", "off");
        // -Dbench.relay=false: the outbox relay stays off, to see the import's own cost apart from publishing
        boolean relay = Boolean.parseBoolean(System.getProperty("bench.relay", "true"));
        properties.put("mhhs.dip.outbox.relay-enabled", relay);
        Path file = Files.createTempFile("migration-", ".csv");
        try (ConfigurableApplicationContext registration =
                     new SpringApplicationBuilder(RegistrationServiceApplication.class)
                             .run(properties.entrySet().stream()
                                     .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new))) {
            String base = "http://localhost:" + registration.getEnvironment().getProperty("local.server.port");
            long started = System.nanoTime();
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                MigrationFileGenerator.write(rows, 7, out);
            }
            log.info("generated {} rows ({} MB) in {} s", rows, Files.size(file) >> 20,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));

            double copySeconds = rawCopy(registration.getBean(DataSource.class), file);
            log.info("baseline raw COPY: {} s", String.format("%.1f", copySeconds));

            HttpClient http = HttpClient.newHttpClient();
            started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/registration/v1/migrations?fileName=bench.csv"))
                    .header("Content-Type", "text/csv").header("X-REG-Operator-Token", TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - started) / 1e9;
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("import refused: " + response.statusCode() + " " + response.body());
            }
            JsonNode report = JsonMapper.shared().readTree(response.body());
            JdbcTemplate jdbc = registration.getBean(JdbcTemplate.class);
            long backlog = jdbc.queryForObject("select count(*) from dip_outbox", Long.class);
            double drainSeconds = relay ? drainOutbox(jdbc) + importSeconds : Double.NaN;

            Latencies lookups = lookups(http, base, jdbc);

            System.out.println();
            System.out.println("=== Registration migration import ===");
            System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"));
            System.out.printf("file      %,d MPANs, %d MB%n", rows, Files.size(file) >> 20);
            System.out.printf("baseline  raw COPY of the file into an unindexed text table: %.1f s (%,.0f rows/s)%n",
                    copySeconds, rows / copySeconds);
            System.out.printf("import    POST /registration/v1/migrations: %.1f s (%,.0f MPANs/s); loaded %d, "
                            + "rejected %d%n", importSeconds, rows / importSeconds, report.path("loaded").asLong(),
                    report.path("rejected").asLong());
            System.out.printf("ratio     import time ÷ raw COPY time = %.1f%n", importSeconds / copySeconds);
            System.out.printf("parties   %,d party-history records still in the outbox at the end of the import; all on"
                    + " registration.parties %.1f s after the import started%n", backlog, drainSeconds);
            System.out.printf("lookup    GET /registration/v1/mpans/{mpan}/parties, one client: %s%n",
                    lookups.summary());
            System.out.printf("target    1,000,000 MPANs in under 5 minutes: %s%n",
                    rows >= 1_000_000 && importSeconds < 300 ? "met" : rows < 1_000_000 ? "(fewer rows)" : "NOT met");
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    private static double rawCopy(DataSource dataSource, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
            connection.createStatement().execute("create temporary table bench_copy (line text)");
            long started = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_copy from stdin with (format text, delimiter E'\\x01')", in);
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** Waits until the outbox relay has published every party history; returns how long that took. */
    private static double drainOutbox(JdbcTemplate jdbc) throws InterruptedException {
        long started = System.nanoTime();
        while (jdbc.queryForObject("select exists (select 1 from dip_outbox)", Boolean.class)) {
            Thread.sleep(200);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static Latencies lookups(HttpClient http, String base, JdbcTemplate jdbc) throws Exception {
        List<Long> mpans = jdbc.queryForList("select mpan_core from mpan tablesample system (1) limit 5000",
                Long.class);
        Latencies latencies = new Latencies(mpans.size());
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (Long mpan : mpans) {
                long start = System.nanoTime();
                http.send(HttpRequest.newBuilder(URI.create(base + "/registration/v1/mpans/" + mpan
                        + "/parties?date=2025-12-01")).header("X-REG-Operator-Token", TOKEN).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (round == 1) {
                    latencies.record(System.nanoTime() - start);
                }
            }
        }
        return latencies;
    }
}
