package uk.mhhs.localsuite;

import uk.mhhs.localsuite.services.ExecJar;
import uk.mhhs.localsuite.services.SuiteService;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before anything starts, that every service's exec jar is built and runnable and that the ports
 * are free, and says what to do otherwise. (PostgreSQL's port is checked when it starts: a server left
 * over from a killed run is stopped first.)
 */
final class Preflight {

    private Preflight() {
    }

    static void check(LocalSuiteProperties settings) {
        List<String> problems = new ArrayList<>();
        for (SuiteService service : settings.selectedServices()) {
            ExecJar.problem(settings.execJar(service), service.module()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems) + ". Build the services with"
                    + " ./mvnw -B -DskipTests package (the local-suite profile does it); with another build"
                    + " directory pass --local-suite.build-dir=<name>");
        }
        Ports.requireFree(settings.kafkaPort(), "Kafka", "local-suite.kafka-port");
        Ports.requireFree(settings.kafkaControllerPort(), "the Kafka controller", "local-suite.kafka-controller-port");
        for (SuiteService service : settings.selectedServices()) {
            Ports.requireFree(settings.port(service), service.module(), "local-suite.ports." + service.module());
            if (service == SuiteService.DIP_GATEWAY) {
                Ports.requireFree(settings.gatewayManagementPort(), "the gateway's management port",
                        "local-suite.gateway-management-port");
            }
        }
    }
}
