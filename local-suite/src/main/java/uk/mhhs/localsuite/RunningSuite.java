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
 */
public record RunningSuite(List<ServiceStatus> services, String jdbcUrl, String kafkaBootstrapServers, Path home) {

    public RunningSuite {
        services = List.copyOf(services);
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
