package uk.mhhs.localsuite.postgres;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.mhhs.localsuite.services.SuiteService;
import uk.mhhs.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the provisioning SQL against the real PostgreSQL of test-support. */
class DatabaseProvisioningTest {

    private static final String DATABASE = "provisioning_test";
    private static final List<ServiceAccount> ACCOUNTS =
            SuiteService.inStartOrder().stream().map(ServiceAccount::of).toList();

    @BeforeAll
    static void provisionTwice() throws SQLException {
        DatabaseProvisioning.provision(DatabaseProvisioningTest::superuser, DATABASE, ACCOUNTS);
        DatabaseProvisioning.provision(DatabaseProvisioningTest::superuser, DATABASE, ACCOUNTS); // idempotent
    }

    @Test
    void every_service_has_its_own_schema_owned_by_its_own_login_user_with_a_scram_password() throws SQLException {
        List<String> rows;
        try (Connection superuser = superuser(DATABASE)) {
            rows = query(superuser, """
                select n.nspname || ' owned by ' || r.rolname || ' login=' || r.rolcanlogin
                       || ' super=' || r.rolsuper || ' scram=' || (a.rolpassword like 'SCRAM-SHA-256$%')
                  from pg_namespace n join pg_roles r on r.oid = n.nspowner join pg_authid a on a.oid = r.oid
                 where n.nspname in ('dip','isd','registration','data_service','lss','mds','vas')
                 order by n.nspname""");
        }

        assertThat(rows).containsExactly(
                "data_service owned by data_service login=true super=false scram=true",
                "dip owned by dip login=true super=false scram=true",
                "isd owned by isd login=true super=false scram=true",
                "lss owned by lss login=true super=false scram=true",
                "mds owned by mds login=true super=false scram=true",
                "registration owned by registration login=true super=false scram=true",
                "vas owned by vas login=true super=false scram=true");
    }

    @Test
    void a_service_writes_in_its_own_schema_and_cannot_touch_another_services_schema() throws SQLException {
        try (Connection mds = as("mds"); Statement sql = mds.createStatement()) {
            sql.execute("create table if not exists consumption_probe (mpan text)");
            assertThat(query(mds, "select current_schema()")).containsExactly("mds");
            assertThatThrownBy(() -> sql.execute("create table lss.intruder (x int)"))
                    .hasMessageContaining("permission denied for schema lss");
        }
        try (Connection lss = as("lss"); Statement sql = lss.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("select * from mds.consumption_probe"))
                    .hasMessageContaining("permission denied for schema mds");
        }
    }

    @Test
    void statements_name_only_the_services_own_identifiers() {
        assertThat(DatabaseProvisioning.roleStatements("mhhs", List.of(new ServiceAccount("isd", "it's", "isd"))))
                .contains("alter role isd with login nosuperuser nocreatedb nocreaterole password 'it''s'",
                        "grant connect, temporary on database mhhs to isd");
        assertThatThrownBy(() -> new ServiceAccount("isd; drop", "x", "isd"))
                .hasMessage("not a plain SQL identifier: isd; drop");
    }

    private static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(url(database), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    /** test-support's server trusts local logins, so the password is checked in LocalPostgresTest. */
    private static Connection as(String user) throws SQLException {
        return DriverManager.getConnection(url(DATABASE), user, user);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + TestPostgres.instance().host() + ":" + TestPostgres.instance().port() + "/" + database;
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
