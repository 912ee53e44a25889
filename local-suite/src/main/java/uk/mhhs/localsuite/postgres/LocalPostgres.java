package uk.mhhs.localsuite.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import uk.mhhs.localsuite.Ports;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL 17 from the embedded binaries, on a fixed port, with its data in a directory that survives
 * restarts; provisioned with the suite's database, one user and one schema per service. Its server log
 * goes to a file.
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts the server on {@code dataDirectory} (created on first use) and {@code port}. */
    public static LocalPostgres start(Path dataDirectory, int port, Path serverLog) throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(serverLog.getParent());
        StalePostmaster.stopIfRunning(dataDirectory);
        Ports.requireFree(port, "PostgreSQL", "local-suite.postgres-port");
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false) // the suite stops it, after the services
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost")
                .setDataDirectoryCustomizer(ClientAuthentication::requirePasswords)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(Redirect.appendTo(serverLog.toFile()))
                .setErrorRedirector(Redirect.appendTo(serverLog.toFile()))
                .start();
        return new LocalPostgres(server);
    }

    /** Creates {@code database} and the services' users and schemas if missing. */
    public void provision(String database, List<ServiceAccount> accounts) throws SQLException {
        DatabaseProvisioning.provision(this::superuser, database, accounts);
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A superuser connection to {@code database}. */
    public Connection superuser(String database) throws SQLException {
        return server.getDatabase("postgres", database).getConnection();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
