package uk.mhhs.localsuite;

import uk.mhhs.localsuite.services.ServiceStatus;
import uk.mhhs.localsuite.services.SuiteService;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The suite as started: where every service answers and where the shared servers are. Handed to
 * {@link DemoDay}s and printed by {@link PortTable}.
 *
 * @param services              every started service's status, in start order
 * @param jdbcUrl               the shared database ({@code jdbc:postgresql://localhost:5432/mhhs})
 * @param kafkaBootstrapServers the broker ({@code localhost:9092})
 * @param home                  where data and logs are kept
 * @param operatorTokens        each service's operator token (local development: generated into {@code home})
 */
public record RunningSuite(List<ServiceStatus> services, String jdbcUrl, String kafkaBootstrapServers, Path home,
                           OperatorTokens operatorTokens) {

    public RunningSuite {
        services = List.copyOf(services);
    }

    /** A suite whose services were given no operator tokens. */
    public RunningSuite(List<ServiceStatus> services, String jdbcUrl, String kafkaBootstrapServers, Path home) {
        this(services, jdbcUrl, kafkaBootstrapServers, home, OperatorTokens.none());
    }

    /** The operator token {@code service} accepts (in the header {@link OperatorTokens#header}). */
    public String operatorToken(SuiteService service) {
        return operatorTokens.token(service).orElseThrow(() -> new NoSuchElementException(
                service.module() + " has no operator token"));
    }

    /** Where {@code service}'s Prometheus metrics are read (plain HTTP). */
    public URI prometheusUrl(SuiteService service) {
        return status(service).launch().prometheusUrl();
    }

    public boolean allUp() {
        return services.stream().allMatch(ServiceStatus::isUp);
    }

    public ServiceStatus status(SuiteService service) {
        return services.stream().filter(s -> s.launch().service() == service).findFirst()
                .orElseThrow(() -> new NoSuchElementException(service.module() + " was not started"));
    }

    /** Where {@code service} answers, e.g. {@code https://localhost:8443}. */
    public URI baseUrl(SuiteService service) {
        return status(service).health().baseUrl();
    }
}
