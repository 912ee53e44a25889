package uk.mhhs.localsuite.compose;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.mhhs.localsuite.compose.ProjectFiles.DeployableModule;
import uk.mhhs.localsuite.services.SuiteService;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.localsuite.compose.ProjectFiles.deployableModules;
import static uk.mhhs.localsuite.compose.ProjectFiles.yaml;

/** docker-compose.yml against the modules of the parent pom and their application.yml files. */
class ComposeFileTest {

    private static JsonNode services;
    private static List<DeployableModule> deployable;

    @BeforeAll
    static void read() throws Exception {
        services = yaml("docker-compose.yml").path("services");
        deployable = deployableModules();
    }

    @Test
    void the_gateway_and_every_service_module_are_deployable_and_known_to_the_local_suite() {
        assertThat(deployable).extracting(DeployableModule::name)
                .containsExactlyInAnyOrderElementsOf(
                        SuiteService.inStartOrder().stream().map(SuiteService::module).toList());
        for (DeployableModule module : deployable) {
            SuiteService service = SuiteService.byModule(module.name()).orElseThrow();
            assertThat(List.of(service.defaultPort(), service.schema(), service.databaseUser()))
                    .as(module.name() + " port, schema and user in SuiteService")
                    .containsExactly(module.port(), module.schema(), module.dbUser());
            assertThat(module.dbPassword()).as("local suite passwords are the user names").isEqualTo(module.dbUser());
        }
    }

    @Test
    void every_deployable_module_has_a_compose_service_built_from_its_own_exec_jar() {
        for (DeployableModule module : deployable) {
            JsonNode service = services.path(module.name());
            assertThat(service.isObject()).as("compose service " + module.name()).isTrue();
            assertThat(service.path("build").path("context").asString()).isEqualTo(".");
            assertThat(service.path("build").path("args").path("MODULE").asString()).isEqualTo(module.name());
        }
    }

    @Test
    void each_service_publishes_and_listens_on_its_application_yml_port() {
        for (DeployableModule module : deployable) {
            JsonNode service = services.path(module.name());
            // the gateway's HTTPS port is the participants' way in; the services' (operator APIs) stay on this host
            String published = module.name().equals("dip-gateway") ? "" : "127.0.0.1:";
            assertThat(texts(service.path("ports"))).as(module.name())
                    .containsExactly(published + module.port() + ":" + module.port());
            assertThat(service.path("environment").path("PORT").asString()).as(module.name())
                    .isEqualTo(Integer.toString(module.port()));
            // actuator's health where it listens: the gateway's management port is not published, only used inside
            assertThat(texts(service.path("healthcheck").path("test"))).as(module.name() + " health check")
                    .anySatisfy(part -> assertThat(part).contains("localhost:" + module.managementPort()
                            + "/actuator/health"));
            if (module.separateManagementPort()) {
                assertThat(service.path("environment").path("MANAGEMENT_PORT").asString()).as(module.name())
                        .isEqualTo(Integer.toString(module.managementPort()));
                assertThat(service.path("environment").path("MANAGEMENT_ADDRESS").asString()).as(module.name()
                        + ": the scraper in another container must reach it").isEqualTo("0.0.0.0");
            }
        }
    }

    @Test
    void each_service_gets_the_environment_its_application_yml_reads() {
        for (DeployableModule module : deployable) {
            JsonNode env = services.path(module.name()).path("environment");
            assertThat(env.path("DB_URL").asString()).isEqualTo("jdbc:postgresql://postgres:5432/mhhs");
            assertThat(env.path("DB_USER").asString()).as(module.name()).isEqualTo(module.dbUser());
            assertThat(env.path("DB_PASSWORD").asString()).as(module.name()).isEqualTo(module.dbPassword());
            assertThat(env.path("KAFKA_BOOTSTRAP_SERVERS").asString()).isEqualTo("kafka:19092");
            assertThat(env.path("DIP_ID").asString()).as(module.name()).isEqualTo(module.dipId());
        }
    }

    @Test
    void each_service_takes_every_token_its_application_yml_reads_from_the_hosts_environment() throws Exception {
        // secrets never in the file: each ${X_TOKEN} of an application.yml is passed on from the host, blank if unset
        Pattern token = Pattern.compile("\\$\\{([A-Z_]+_TOKEN)[:}]");
        for (DeployableModule module : deployable) {
            Matcher read = token.matcher(Files.readString(ProjectFiles.ROOT.resolve(module.name())
                    .resolve("src/main/resources/application.yml")));
            JsonNode env = services.path(module.name()).path("environment");
            while (read.find()) {
                assertThat(env.path(read.group(1)).asString()).as(module.name() + " " + read.group(1))
                        .isEqualTo("${" + read.group(1) + ":-}");
            }
        }
    }

    @Test
    void each_service_waits_for_healthy_postgres_and_kafka_and_has_a_health_check_and_a_memory_limit() {
        for (DeployableModule module : deployable) {
            JsonNode service = services.path(module.name());
            assertThat(service.path("depends_on").path("postgres").path("condition").asString()).as(module.name())
                    .isEqualTo("service_healthy");
            assertThat(service.path("depends_on").path("kafka").path("condition").asString()).as(module.name())
                    .isEqualTo("service_healthy");
            assertThat(service.path("healthcheck").path("interval").asString()).as(module.name()).isNotEmpty();
            assertThat(service.path("healthcheck").path("start_period").asString()).as(module.name()).isNotEmpty();
            assertThat(service.path("mem_limit").asString()).as(module.name()).matches("\\d+[mg]");
        }
    }

    @Test
    void postgres_and_kafka_are_the_agreed_images_with_health_checks_on_their_standard_ports() {
        JsonNode postgres = services.path("postgres");
        assertThat(postgres.path("image").asString()).isEqualTo("postgres:17");
        assertThat(postgres.path("environment").path("POSTGRES_DB").asString()).isEqualTo("mhhs");
        assertThat(texts(postgres.path("ports"))).containsExactly("127.0.0.1:5432:5432");
        assertThat(texts(postgres.path("volumes"))).contains("./ops/postgres/init:/docker-entrypoint-initdb.d:ro");
        assertThat(postgres.path("healthcheck").path("test").isArray()).isTrue();

        JsonNode kafka = services.path("kafka");
        assertThat(kafka.path("image").asString()).isEqualTo("apache/kafka:4.2.1");
        assertThat(kafka.path("environment").path("KAFKA_PROCESS_ROLES").asString()).isEqualTo("broker,controller");
        assertThat(kafka.path("environment").path("KAFKA_LISTENERS").asString()).contains("INTERNAL://:19092");
        assertThat(kafka.path("healthcheck").path("test").isArray()).isTrue();

        assertThat(texts(services.path("prometheus").path("ports"))).containsExactly("127.0.0.1:9090:9090");
        assertThat(texts(services.path("grafana").path("ports"))).containsExactly("3000:3000");
    }

    @Test
    void every_container_has_a_health_check_a_restart_policy_and_a_memory_limit() {
        assertThat(services.propertyNames()).contains("postgres", "kafka", "prometheus", "grafana",
                "postgres-exporter", "kafka-exporter");
        for (String name : services.propertyNames()) {
            JsonNode service = services.path(name);
            assertThat(service.path("mem_limit").asString()).as(name + " memory limit").matches("\\d+[mg]");
            assertThat(service.path("restart").asString()).as(name + " restart policy").isEqualTo("unless-stopped");
            assertThat(texts(service.path("healthcheck").path("test"))).as(name + " health check").isNotEmpty();
        }
    }

    @Test
    void nothing_but_the_gateways_https_port_and_grafana_is_published_beyond_the_host() {
        for (String name : services.propertyNames()) {
            for (String port : texts(services.path(name).path("ports"))) {
                if (!port.startsWith("127.0.0.1:")) {
                    assertThat(name + " " + port).as("published on every interface")
                            .isIn("dip-gateway 8443:8443", "grafana 3000:3000");
                }
            }
        }
        // the exporters and the gateway's actuator are reached inside the compose network only
        assertThat(services.path("postgres-exporter").path("ports").isMissingNode()).isTrue();
        assertThat(services.path("kafka-exporter").path("ports").isMissingNode()).isTrue();
    }

    @Test
    void the_exporters_read_the_compose_postgres_and_kafka() {
        JsonNode kafkaExporter = services.path("kafka-exporter");
        assertThat(texts(kafkaExporter.path("command"))).contains("--kafka.server=kafka:19092");
        assertThat(kafkaExporter.path("depends_on").path("kafka").path("condition").asString())
                .isEqualTo("service_healthy");
        JsonNode postgresExporter = services.path("postgres-exporter");
        assertThat(postgresExporter.path("environment").path("DATA_SOURCE_URI").asString())
                .isEqualTo("postgres:5432/mhhs?sslmode=disable");
        // the monitoring user ops/postgres/init creates (pg_monitor)
        assertThat(postgresExporter.path("environment").path("DATA_SOURCE_USER").asString())
                .isEqualTo("postgres_exporter");
    }

    @Test
    void kafka_is_published_on_the_loopback_only_as_its_listeners_are_unauthenticated() {
        // whoever can write dip.submissions speaks for the suite's services (the gateway signs in their name)
        assertThat(texts(services.path("kafka").path("ports"))).containsExactly("127.0.0.1:9092:9092");
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.values().forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
