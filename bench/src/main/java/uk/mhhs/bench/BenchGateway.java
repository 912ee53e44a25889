package uk.mhhs.bench;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.gateway.DipGatewayApplication;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.bench.BenchApp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The gateway as the gateway benchmarks run it: in this JVM on test-support's PostgreSQL and KRaft broker, plain
 * HTTP (TLS is not what is measured), an admin token to onboard participants with, generated keys under
 * {@code target/bench}.
 */
final class BenchGateway implements AutoCloseable {

    static final String ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final String bootstrapServers;
    private final String topicPrefix;

    private BenchGateway(ConfigurableApplicationContext context, String bootstrapServers, String topicPrefix) {
        this.context = context;
        this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        this.bootstrapServers = bootstrapServers;
        this.topicPrefix = topicPrefix;
    }

    /** Starts the gateway with the benchmarks' settings plus {@code overrides}. */
    static BenchGateway start(Map<String, Object> overrides) {
        Map<String, Object> properties = BenchApp.properties("bench");
        properties.put("server.ssl.enabled", false);
        properties.put("mhhs.gateway.participants.admin-token", ADMIN_TOKEN);
        properties.put("mhhs.gateway.tls.dev-keystore", "target/bench/dev-keystore.p12");
        properties.put("mhhs.gateway.security.signing.generated-directory", "target/bench/signing");
        properties.put("mhhs.gateway.security.development-credentials", true);
        properties.put("spring.datasource.hikari.maximum-pool-size", System.getProperty("bench.pool", "10"));
        properties.putAll(overrides);
        return new BenchGateway(BenchApp.start(DipGatewayApplication.class, properties),
                (String) properties.get("spring.kafka.bootstrap-servers"),
                (String) properties.get("mhhs.dip.topic-prefix"));
    }

    String baseUrl() {
        return baseUrl;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** The topic prefix of this run (test-support gives each run its own). */
    String topic(String name) {
        return topicPrefix + name;
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** Onboards a participant that posts signed messages over HTTP in {@code role}; returns its API key. */
    String onboardSigned(String dipId, String role, TestCertificates.Credential credential) {
        String apiKey = "bench-api-key-" + System.nanoTime() + "-0123456789abcdef";
        onboard("""
                {"dipId":"%s","mpid":"BNCH","name":"Benchmark %s","roles":[{"role":"%s"}],
                 "certificatePem":%s,"apiKey":"%s"}""".formatted(dipId, role, role,
                quote(credential.certificatePem()), apiKey));
        return apiKey;
    }

    /** Onboards one of our own services: no API key or certificate (it submits through Kafka). */
    void onboardService(String dipId, String role) {
        onboard("""
                {"dipId":"%s","name":"Benchmark %s (suite)","roles":[{"role":"%s"}]}""".formatted(dipId, role, role));
    }

    private void onboard(String body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/admin/participants"))
                            .header("Content-Type", "application/json").header("X-Admin-Token", ADMIN_TOKEN)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("onboarding failed: " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 5 minutes) until the outbox relay has published every row. */
    void awaitOutboxEmpty() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Boolean any = jdbc().queryForObject("select exists (select 1 from dip_outbox)", Boolean.class);
            if (Boolean.FALSE.equals(any)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("outbox did not drain within 5 minutes");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        context.close();
    }
}
