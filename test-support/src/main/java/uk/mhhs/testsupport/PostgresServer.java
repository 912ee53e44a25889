package uk.mhhs.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

/** A running PostgreSQL server that {@link TestPostgres} creates test databases on. */
interface PostgresServer {

    String host();

    int port();

    /** A connection to the server's {@code postgres} database as {@link TestPostgres#USER}. */
    Connection admin() throws SQLException;

    void stop();
}
