package uk.mhhs.systemtests.ops;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The machine's real Prometheus ({@code /usr/bin/prometheus}) on a free loopback port with a fresh data directory,
 * scraping the given targets every 5 s and loading the given rule files; queried over its HTTP API.
 */
final class LocalPrometheus implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/prometheus");

    /** One scrape job: its name (the {@code job} label), targets {@code host:port} and metrics path. */
    record Job(String name, String target, String metricsPath) {
    }

    private final ExternalProgram program;
    private final URI api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalPrometheus(ExternalProgram program, URI api) {
        this.program = program;
        this.api = api;
    }

    static LocalPrometheus start(Path workDir, List<Job> jobs, List<Path> ruleFiles) throws IOException {
        Files.createDirectories(workDir);
        StringBuilder config = new StringBuilder("""
                global:
                  scrape_interval: 5s
                  evaluation_interval: 5s
                rule_files:
                """);
        ruleFiles.forEach(file -> config.append("  - '").append(file.toAbsolutePath()).append("'\n"));
        config.append("scrape_configs:\n");
        for (Job job : jobs) {
            config.append("  - job_name: '").append(job.name()).append("'\n")
                    .append("    metrics_path: '").append(job.metricsPath()).append("'\n")
                    .append("    static_configs:\n      - targets: ['").append(job.target()).append("']\n");
        }
        Path configFile = workDir.resolve("prometheus.yml");
        Files.writeString(configFile, config);
        Path data = workDir.resolve("data");
        Files.createDirectories(data);
        int port = ExternalProgram.freePort();
        ExternalProgram program = ExternalProgram.start("prometheus", List.of(BINARY.toString(),
                "--config.file=" + configFile, "--storage.tsdb.path=" + data,
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.retention.time=1d"),
                Map.of(), workDir.resolve("prometheus.log"));
        return new LocalPrometheus(program, URI.create("http://127.0.0.1:" + port));
    }

    /** Whether it answers ready (its rule files loaded: it exits on a bad one). */
    boolean ready() throws IOException {
        program.requireAlive();
        try {
            return http.send(HttpRequest.newBuilder(api.resolve("/-/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code /api/v1/query}'s {@code data.result} for {@code expr} at now; an error answer throws with its text. */
    JsonNode query(String expr) throws IOException, InterruptedException {
        return api("/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8)).path("result");
    }

    /** {@code /api/v1/targets}' active targets. */
    JsonNode targets() throws IOException, InterruptedException {
        return api("/api/v1/targets").path("activeTargets");
    }

    /** {@code /api/v1/rules}' groups. */
    JsonNode ruleGroups() throws IOException, InterruptedException {
        return api("/api/v1/rules").path("groups");
    }

    private JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JsonMapper.shared().readTree(answer.body());
        if (!"success".equals(body.path("status").asString())) {
            throw new IllegalArgumentException(body.path("errorType").asString() + ": " + body.path("error").asString());
        }
        return body.path("data");
    }

    @Override
    public void close() throws InterruptedException {
        program.close();
    }
}
