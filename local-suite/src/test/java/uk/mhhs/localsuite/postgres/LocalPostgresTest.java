package uk.mhhs.localsuite.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mhhs.localsuite.services.SuiteService;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local suite's own PostgreSQL: passwords enforced, data kept across a restart. */
class LocalPostgresTest {

    @TempDir
    Path temp;

    @Test
    void service_users_need_their_password_and_their_rows_survive_a_restart() throws Exception {
        int port = freePort();
        Path data = temp.resolve("postgres");
        Path log = temp.resolve("logs/postgres.log");
        List<ServiceAccount> accounts = List.of(ServiceAccount.of(SuiteService.MARKET_WIDE_DATA_SERVICE));

        try (LocalPostgres postgres = LocalPostgres.start(data, port, log)) {
            postgres.provision("mhhs", accounts);
            try (Connection mds = DriverManager.getConnection(postgres.jdbcUrl("mhhs"), "mds", "mds");
                 Statement sql = mds.createStatement()) {
                sql.execute("create table aggregate_probe (gsp_group text)");
                sql.execute("insert into aggregate_probe values ('_A')");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl("mhhs"), "mds", "wrong"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed for user \"mds\"");
        }
        assertThat(Files.readString(log)).contains("database system is shut down");

        try (LocalPostgres again = LocalPostgres.start(data, port, log)) {
            again.provision("mhhs", accounts);
            try (Connection mds = DriverManager.getConnection(again.jdbcUrl("mhhs"), "mds", "mds");
                 Statement sql = mds.createStatement();
                 ResultSet rows = sql.executeQuery("select gsp_group from mds.aggregate_probe")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("_A");
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
