package uk.mhhs.dipclient.schema;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.testsupport.TestPostgres;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** dip-client's own migrations beside a service's, with separate history tables (the gateway's schema "dip"). */
class DipClientSchemaTest {

    @Test
    void migrates_into_a_schema_that_already_has_the_services_own_v1_and_v2() throws Exception {
        DataSource dataSource = dataSource("dip_client_schema_beside");
        Path serviceMigrations = Files.createTempDirectory("service-migrations");
        Files.writeString(serviceMigrations.resolve("V1__registry.sql"), "create table participant (id text primary key);");
        Files.writeString(serviceMigrations.resolve("V2__archive.sql"), "create table archive (id bigint primary key);");
        Flyway.configure().dataSource(dataSource).schemas("dip").defaultSchema("dip")
                .locations("filesystem:" + serviceMigrations).load().migrate();

        new DipClientSchema(dataSource, "dip", true);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select version from dip.flyway_schema_history where version is not null order by installed_rank",
                String.class)).containsExactly("1", "2");
        // baseline at 0 (the schema was not empty), then dip-client's V1 (outbox, inbox), V2 (the service kit),
        // V3 (MPAN facts), V4 (load shapes), V5 (process_message.event_code widened) and V6 (outbox payload storage)
        assertThat(jdbc.queryForList("select version from dip.dip_client_schema_history where success"
                + " order by installed_rank", String.class)).containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(tables(jdbc, "dip")).contains("participant", "archive", "dip_outbox", "dip_outbox_lane", "dip_inbox",
                "process_message", "scheduled_step", "daily_run", "mpan_fact",
                "load_shape");
        assertThat(jdbc.queryForObject("select count(*) from dip.dip_outbox_lane", Integer.class)).isEqualTo(16);
        // outbox payloads stored out of line, uncompressed (V6)
        assertThat(jdbc.queryForObject("select attstorage from pg_attribute where attrelid = 'dip.dip_outbox'::regclass"
                + " and attname = 'payload'", String.class)).isEqualTo("e");
    }

    @Test
    void creates_the_schema_when_it_is_missing_and_migrates_once() {
        DataSource dataSource = dataSource("dip_client_schema_fresh");

        new DipClientSchema(dataSource, "dip", true);
        new DipClientSchema(dataSource, "dip", true);

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from dip.dip_client_schema_history where version = '1'",
                Integer.class)).isEqualTo(1);
        assertThat(tables(jdbc, "dip")).contains("dip_outbox", "dip_inbox");
    }

    @Test
    void lanes_spread_keys_and_keep_one_key_in_one_lane() {
        DataSource dataSource = dataSource("dip_client_schema_lanes");
        new DipClientSchema(dataSource, "dip", true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < 200; i++) {
            jdbc.update("insert into dip.dip_outbox (topic, message_key, payload) values ('t', ?, ''::bytea)",
                    "20000" + (10_000_000 + i % 100));
        }
        assertThat(jdbc.queryForObject("select count(distinct lane) from dip.dip_outbox", Integer.class))
                .isEqualTo(16);
        assertThat(jdbc.queryForObject("select count(*) from (select message_key from dip.dip_outbox"
                + " group by message_key having count(distinct lane) > 1) k", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select min(lane) >= 0 and max(lane) <= 15 from dip.dip_outbox", Boolean.class))
                .isTrue();
    }

    @Test
    void refuses_a_schema_name_that_is_not_a_plain_identifier() {
        assertThatThrownBy(() -> new DipClientSchema(dataSource("dip_client_schema_bad"), "dip; drop table x", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> tables(JdbcTemplate jdbc, String schema) {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = ?",
                String.class, schema);
    }

    private static DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestPostgres.instance().jdbcUrl(database));
        dataSource.setUser(TestPostgres.USER);
        dataSource.setPassword(TestPostgres.PASSWORD);
        return dataSource;
    }
}
