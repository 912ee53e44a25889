package uk.mhhs.systemtests.ops;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's {@code prometheus-postgres-exporter} on a free loopback port, connected to the local suite's PostgreSQL as
 * its superuser (which the local suite lets in from this machine without a password): what compose's
 * postgres-exporter service is to the compose PostgreSQL.
 */
final class PostgresExporter implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/prometheus-postgres-exporter");

    private final ExternalProgram program;
    private final int port;

    private PostgresExporter(ExternalProgram program, int port) {
        this.program = program;
        this.port = port;
    }

    /** @param jdbcUrl the suite's database, {@code jdbc:postgresql://localhost:5432/mhhs} */
    static PostgresExporter start(String jdbcUrl, Path workDir) throws IOException {
        URI database = URI.create(jdbcUrl.substring("jdbc:".length()));
        String dsn = "postgresql://postgres@" + database.getHost() + ":" + database.getPort() + database.getPath()
                + "?sslmode=disable";
        int port = ExternalProgram.freePort();
        ExternalProgram program = ExternalProgram.start("prometheus-postgres-exporter", List.of(BINARY.toString(),
                "--web.listen-address=127.0.0.1:" + port,
                // Debian's 0.11 reads pg_stat_bgwriter columns PostgreSQL 17 moved; no panel or alert uses them
                "--no-collector.bgwriter"), Map.of("DATA_SOURCE_NAME", dsn),
                workDir.resolve("postgres-exporter.log"));
        return new PostgresExporter(program, port);
    }

    /** Where Prometheus scrapes it. */
    String target() throws IOException {
        program.requireAlive();
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        program.close();
    }
}
