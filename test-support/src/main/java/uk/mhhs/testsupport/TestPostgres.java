package uk.mhhs.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped when the JVM exits: zonky's embedded
 * binaries (no Docker), or the compose file's image through Testcontainers when {@link TestServers} says so. Each caller asks for a database by name and gets its own, created on
 * first request, so test classes do not see each other's rows.
 *
 * <p>Works as root: zonky drops privileges itself ({@code unshare -U}), as PostgreSQL refuses to run
 * as root.
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static volatile TestPostgres instance;

    private final PostgresServer server;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    private TestPostgres(PostgresServer server) {
        this.server = server;
    }

    /** The server of this JVM, started on first call. */
    public static TestPostgres instance() {
        TestPostgres local = instance;
        if (local == null) {
            synchronized (TestPostgres.class) {
                local = instance;
                if (local == null) {
                    local = new TestPostgres(start());
                    instance = local;
                    TestPostgres started = local;
                    Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-postgres-stop"));
                }
            }
        }
        return local;
    }

    private static PostgresServer start() {
        return switch (TestServers.selected()) {
            case EMBEDDED -> ZonkyPostgres.start();
            case TESTCONTAINERS -> DockerPostgres.start();
        };
    }

    public String host() {
        return server.host();
    }

    public int port() {
        return server.port();
    }

    /** JDBC URL of database {@code name}, creating it on first request. */
    public String jdbcUrl(String name) {
        String database = sanitise(name);
        if (created.add(database)) {
            createDatabase(database);
        }
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    private void createDatabase(String database) {
        try (Connection c = server.admin(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database, e);
        }
    }

    static String sanitise(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "db_" + s;
        }
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private void stop() {
        server.stop();
    }
}
