package uk.mhhs.localsuite.compose;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.localsuite.compose.ProjectFiles.DeployableModule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mhhs.localsuite.compose.ComposeFileTest.texts;
import static uk.mhhs.localsuite.compose.ProjectFiles.ROOT;
import static uk.mhhs.localsuite.compose.ProjectFiles.yaml;

/** ops/: Prometheus scrapes every service where it listens; Grafana's provisioning and dashboard hold together. */
class MonitoringFilesTest {

    private static JsonNode compose;

    @BeforeAll
    static void read() {
        compose = yaml("docker-compose.yml");
    }

    @Test
    void prometheus_scrapes_every_service_on_its_management_port_at_actuator_prometheus() throws Exception {
        JsonNode jobs = yaml("ops/prometheus/prometheus.yml").path("scrape_configs");
        for (DeployableModule module : ProjectFiles.deployableModules()) {
            JsonNode job = job(jobs, module.name());
            assertThat(job.path("metrics_path").asString()).as(module.name()).isEqualTo("/actuator/prometheus");
            assertThat(texts(job.path("static_configs").path(0).path("targets"))).as(module.name())
                    .containsExactly(module.name() + ":" + module.managementPort());
        }
        // the gateway's management port is plain HTTP (only reachable inside the compose network)
        assertThat(job(jobs, "dip-gateway").path("scheme").asString()).isEqualTo("http");
        assertThat(texts(job(jobs, "postgres").path("static_configs").path(0).path("targets")))
                .containsExactly("postgres-exporter:9187");
        assertThat(texts(compose.path("services").path("prometheus").path("volumes")))
                .contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
    }

    @Test
    void every_file_compose_mounts_from_the_project_exists() {
        for (String name : compose.path("services").propertyNames()) {
            for (String volume : texts(compose.path("services").path(name).path("volumes"))) {
                if (volume.startsWith("./")) {
                    assertThat(ROOT.resolve(volume.substring(2, volume.indexOf(':'))))
                            .as(name + " mounts " + volume).exists();
                }
            }
        }
    }

    @Test
    void grafana_loads_the_dashboards_directory_and_the_prometheus_data_source_compose_provides() {
        List<String> grafanaVolumes = texts(compose.path("services").path("grafana").path("volumes"));
        assertThat(grafanaVolumes).contains("./ops/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./ops/grafana/dashboards:/var/lib/grafana/dashboards:ro");

        JsonNode provider = yaml("ops/grafana/provisioning/dashboards/dashboards.yml").path("providers").path(0);
        assertThat(provider.path("type").asString()).isEqualTo("file");
        assertThat(provider.path("options").path("path").asString()).isEqualTo("/var/lib/grafana/dashboards");

        JsonNode datasource = yaml("ops/grafana/provisioning/datasources/prometheus.yml").path("datasources").path(0);
        assertThat(datasource.path("type").asString()).isEqualTo("prometheus");
        assertThat(datasource.path("url").asString()).isEqualTo("http://prometheus:9090");
        assertThat(datasource.path("uid").asString()).isEqualTo("prometheus");
        assertThat(compose.path("services").path("grafana").path("environment")
                .path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asString())
                .isEqualTo("/var/lib/grafana/dashboards/mhhs-overview.json");
    }

    @Test
    void the_overview_dashboard_parses_and_every_panel_queries_the_provisioned_data_source() throws Exception {
        Path file = ROOT.resolve("ops/grafana/dashboards/mhhs-overview.json");
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(file));

        assertThat(dashboard.path("uid").asString()).isEqualTo("mhhs-overview");
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels").values()) {
            titles.add(panel.path("title").asString());
            if (panel.path("type").asString().equals("row")) {
                continue;
            }
            assertThat(panel.path("datasource").path("uid").asString()).as(panel.path("title").asString())
                    .isEqualTo("prometheus");
            assertThat(panel.path("targets").values()).as(panel.path("title").asString()).isNotEmpty()
                    .allSatisfy(target -> assertThat(target.path("expr").asString()).isNotBlank());
        }
        assertThat(titles).contains("Service up", "HTTP request rate", "HTTP mean latency", "JVM heap used",
                "Messages accepted / rejected per interface", "Outbox backlog", "Kafka consumer lag (max per topic)");
    }

    private static JsonNode job(JsonNode jobs, String name) {
        for (JsonNode job : jobs.values()) {
            if (job.path("job_name").asString().equals(name)) {
                return job;
            }
        }
        throw new AssertionError("no scrape job " + name);
    }
}
