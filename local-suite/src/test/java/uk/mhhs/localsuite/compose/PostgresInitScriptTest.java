package uk.mhhs.localsuite.compose;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mhhs.localsuite.compose.ProjectFiles.DeployableModule;
import uk.mhhs.testsupport.TestPostgres;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ops/postgres/init runs as the PostgreSQL container's first-start script; here it runs (twice) against the
 * real PostgreSQL of test-support, and every compose service's DB_USER must then own its schema.
 */
class PostgresInitScriptTest {

    private static final String DATABASE = "compose_init";

    @BeforeAll
    static void runTheInitScriptTwice() throws Exception {
        String script = Files.readString(ProjectFiles.ROOT.resolve("ops/postgres/init/01-mhhs-schemas.sql"));
        String url = TestPostgres.instance().jdbcUrl(DATABASE);
        try (Connection superuser = DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
             Statement sql = superuser.createStatement()) {
            sql.execute(script);
            sql.execute(script);
        }
    }

    @Test
    void every_compose_service_user_owns_the_schema_its_application_yml_names() throws Exception {
        var services = ProjectFiles.yaml("docker-compose.yml").path("services");
        for (DeployableModule module : ProjectFiles.deployableModules()) {
            String user = services.path(module.name()).path("environment").path("DB_USER").asString();
            try (Connection superuser = superuser(); Statement sql = superuser.createStatement();
                 ResultSet owner = sql.executeQuery("select pg_get_userbyid(nspowner) from pg_namespace"
                         + " where nspname = '" + module.schema() + "'")) {
                assertThat(owner.next()).as("schema " + module.schema()).isTrue();
                assertThat(owner.getString(1)).as("owner of " + module.schema()).isEqualTo(user);
            }
        }
    }

    @Test
    void a_service_user_cannot_read_another_services_schema() throws Exception {
        try (Connection vas = DriverManager.getConnection(url(), "vas", "vas"); Statement sql = vas.createStatement()) {
            sql.execute("create table if not exists run_probe (id int)");
            assertThatThrownBy(() -> sql.executeQuery("select * from isd.anything"))
                    .hasMessageContaining("permission denied for schema isd");
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(url(), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    private static String url() {
        return TestPostgres.instance().jdbcUrl(DATABASE);
    }
}
