package uk.mhhs.testsupport;

import org.testcontainers.DockerClientFactory;

/** Checks, before any container is asked for, that Testcontainers finds a Docker engine. */
final class DockerEngine {

    private DockerEngine() {
    }

    /**
     * Fails at once, naming the setting, when Testcontainers was asked for and there is no engine: without this check
     * the first container start would fail deep inside Testcontainers, once per test class.
     */
    static void require(String server) {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        if (!available) {
            throw new IllegalStateException(TestServers.ENVIRONMENT + "=testcontainers (or -D" + TestServers.PROPERTY
                    + "=testcontainers, -Ptestcontainers) asks for " + server + " in a Docker container, but"
                    + " Testcontainers found no Docker engine (DOCKER_HOST, /var/run/docker.sock). Start Docker, or"
                    + " unset " + TestServers.ENVIRONMENT + " / " + TestServers.PROPERTY
                    + " to use the embedded servers (the default).");
        }
    }
}
