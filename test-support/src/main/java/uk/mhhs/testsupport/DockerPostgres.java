package uk.mhhs.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * PostgreSQL from the compose file's image ({@link TestServers#POSTGRES_IMAGE}) in Docker, through Testcontainers, with
 * the embedded server's settings and trust. Testcontainers' Ryuk container removes it when the JVM ends.
 */
final class DockerPostgres implements PostgresServer {

    private final PostgreSQLContainer container;

    private DockerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    static DockerPostgres start() {
        DockerEngine.require("PostgreSQL (" + TestServers.POSTGRES_IMAGE + ")");
        PostgreSQLContainer container = new PostgreSQLContainer(TestServers.POSTGRES_IMAGE)
                .withUsername(TestPostgres.USER).withPassword(TestPostgres.PASSWORD).withDatabaseName("postgres")
                // like the embedded server, trust logins: tests connect as the roles they create without passwords
                .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
        container.withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off",
                "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
        container.start();
        return new DockerPostgres(container);
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/postgres",
                TestPostgres.USER, TestPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        container.stop();
    }
}
