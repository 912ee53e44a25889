package uk.mhhs.dipclient.schema;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.regex.Pattern;

/**
 * The outbox and inbox tables of dip-client, created by dip-client's own Flyway migrations
 * ({@code classpath:db/dip-client}) with their own history table {@value #HISTORY_TABLE} in the
 * service's schema, so a service's own {@code db/migration} versions never collide with ours.
 *
 * <p>Migrates when constructed. The auto-configuration constructs it after the service's own Flyway
 * migration (if any) and before anything that touches the tables: the outbox writer, the relay, the
 * inbox. Because the service's schema is not empty by then, it baselines at version 0 so that every
 * dip-client migration still runs.
 */
public final class DipClientSchema {

    /** Flyway history table of dip-client's migrations. */
    public static final String HISTORY_TABLE = "dip_client_schema_history";
    /** Where dip-client's migrations live. */
    public static final String LOCATION = "classpath:db/dip-client";

    private static final Logger log = LoggerFactory.getLogger(DipClientSchema.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String schema;

    /**
     * Migrates the tables.
     *
     * @param dataSource the service's data source
     * @param schema     the schema to create the tables in; {@code null} for the connection's current one
     * @param migrate    {@code false} to skip the migration (tables made elsewhere)
     */
    public DipClientSchema(DataSource dataSource, String schema, boolean migrate) {
        if (schema != null && !IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException("dip-client schema must be a lower-case SQL identifier: " + schema);
        }
        this.schema = schema;
        if (migrate) {
            migrate(dataSource);
        }
    }

    private void migrate(DataSource dataSource) {
        var configuration = Flyway.configure(DipClientSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        var result = configuration.load().migrate();
        log.info("dip-client tables in schema {}: {} migration(s) applied, now at version {}",
                schema == null ? "(current)" : schema, result.migrationsExecuted, result.targetSchemaVersion);
    }

    /** The schema of the tables, or {@code null} for the connection's current schema. */
    public String schema() {
        return schema;
    }

    /** {@code table} qualified with the schema, e.g. {@code mds.dip_outbox}. */
    public String table(String table) {
        return schema == null ? table : schema + "." + table;
    }
}
