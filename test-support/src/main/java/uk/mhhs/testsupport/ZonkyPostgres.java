package uk.mhhs.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL from zonky's embedded binaries, in a process of its own: no Docker needed (the default). */
final class ZonkyPostgres implements PostgresServer {

    private final EmbeddedPostgres server;

    private ZonkyPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static ZonkyPostgres start() {
        try {
            return new ZonkyPostgres(EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    @Override
    public String host() {
        return "localhost";
    }

    @Override
    public int port() {
        return server.getPort();
    }

    @Override
    public Connection admin() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing left to protect
        }
    }
}
