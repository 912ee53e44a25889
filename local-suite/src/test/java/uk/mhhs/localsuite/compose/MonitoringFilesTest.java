package uk.mhhs.localsuite.compose;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.localsuite.compose.ProjectFiles.DeployableModule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
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
        assertThat(texts(job(jobs, "kafka").path("static_configs").path(0).path("targets")))
                .containsExactly("kafka-exporter:9308");
        assertThat(texts(compose.path("services").path("prometheus").path("volumes")))
                .contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                        "./ops/prometheus/rules:/etc/prometheus/rules:ro");
        assertThat(texts(yaml("ops/prometheus/prometheus.yml").path("rule_files")))
                .containsExactly("/etc/prometheus/rules/*.yml");
    }

    @Test
    void promtool_accepts_every_rule_file() throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        assumeTrue(Files.isExecutable(promtool), "Debian's prometheus package (promtool) is installed; CI installs it");
        List<Path> files = ruleFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Process check = new ProcessBuilder(promtool.toString(), "check", "rules", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes());
            assertThat(check.waitFor()).as(output).isZero();
        }
    }

    @Test
    void every_alert_has_a_runbook_entry_in_the_readme() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String runbook = readme.substring(readme.indexOf("## Operations: alerts and what to do"));
        runbook = runbook.substring(0, runbook.indexOf("\n## ", 3));
        for (Path file : ruleFiles()) {
            for (JsonNode group : yaml(ROOT.relativize(file).toString()).path("groups").values()) {
                for (JsonNode rule : group.path("rules").values()) {
                    assertThat(runbook).as("README runbook entry for " + rule.path("alert").asString())
                            .contains("**" + rule.path("alert").asString() + "**");
                }
            }
        }
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
    void every_dashboard_parses_has_its_own_uid_and_queries_only_the_provisioned_data_source() throws Exception {
        Map<String, List<String>> titlesByUid = new HashMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("ops/grafana/dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(file));
                String uid = dashboard.path("uid").asString();
                assertThat(file.getFileName().toString()).as("file named after its uid").isEqualTo(uid + ".json");
                List<String> titles = new ArrayList<>();
                for (JsonNode panel : dashboard.path("panels").values()) {
                    titles.add(panel.path("title").asString());
                    if (panel.path("type").asString().equals("row")) {
                        continue;
                    }
                    assertThat(panel.path("datasource").path("uid").asString()).as(uid + " " + titles.get(titles.size() - 1))
                            .isEqualTo("prometheus");
                    assertThat(panel.path("targets").values()).as(uid + " " + titles.get(titles.size() - 1)).isNotEmpty()
                            .allSatisfy(target -> assertThat(target.path("expr").asString()).isNotBlank());
                }
                assertThat(titlesByUid.put(uid, titles)).as("uid " + uid + " used once").isNull();
            }
        }
        assertThat(titlesByUid).containsOnlyKeys("mhhs-overview", "mhhs-jvm", "mhhs-spring-boot", "mhhs-kafka",
                "mhhs-postgresql");
        // the suite dashboard of issue 13's list
        assertThat(titlesByUid.get("mhhs-overview")).contains("Service up", "Messages per interface and outcome",
                "Rejections by code", "Message to final status (p95)", "Dead-letter depth", "Outbox age",
                "Webhook delivery failures", "VAS runs by state", "VAS run phase duration (mean)",
                "Correction factors per GSP group and period");
    }

    private static List<Path> ruleFiles() throws Exception {
        try (Stream<Path> files = Files.list(ROOT.resolve("ops/prometheus/rules"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
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
