package uk.mhhs.systemtests.ops;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every query the operations stack runs, read from the project's {@code ops/} files: each panel target of every
 * dashboard in {@code ops/grafana/dashboards} (Grafana variables substituted), each dashboard variable's
 * {@code label_values(metric, label)} and each alert rule of {@code ops/prometheus/rules}.
 *
 * <p>An alert is checked by evaluating its expression WITHOUT its threshold comparison (the rule files' convention:
 * {@code <query> <comparison> <number>}): on a healthy suite the comparison is false, so the whole expression returns
 * nothing, but the query before it must return series, or the alert could never fire.
 */
public final class OpsQueries {

    /** One query and where it comes from, e.g. {@code mhhs-overview.json "Outbox age" A}. */
    public record Query(String source, String expr) {
    }

    /** Grafana's interval variables, as Prometheus durations long enough for two scrapes 5 s apart. */
    private static final List<String[]> GRAFANA_INTERVALS = List.of(new String[]{"$__rate_interval", "1m"},
            new String[]{"$__interval", "15s"}, new String[]{"$__range", "5m"});
    private static final Pattern THRESHOLD =
            Pattern.compile("^(.*\\S)\\s*(==|!=|>=|<=|>|<)\\s*-?[0-9.]+(?:[eE][+-]?[0-9]+)?\\s*$", Pattern.DOTALL);
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*(\\w+)\\)");

    private OpsQueries() {
    }

    /** The dashboards' queries, with every dashboard variable replaced by {@code .*} (all values). */
    public static List<Query> dashboards(Path projectDir) throws IOException {
        List<Query> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(projectDir.resolve("ops/grafana/dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = JsonMapper.shared().readTree(Files.readString(file));
                List<String> variables = new ArrayList<>();
                for (JsonNode variable : dashboard.path("templating").path("list").values()) {
                    variables.add(variable.path("name").asString());
                    Matcher values = LABEL_VALUES.matcher(variable.path("query").path("query").asString());
                    if (!values.matches()) {
                        throw new IllegalStateException(file + ": variable " + variable.path("name").asString()
                                + " is not label_values(metric, label)");
                    }
                    queries.add(new Query(file.getFileName() + " variable $" + variable.path("name").asString(),
                            "count by (" + values.group(2) + ") (" + values.group(1) + ")"));
                }
                collectPanels(file.getFileName().toString(), dashboard.path("panels"), variables, queries);
            }
        }
        return queries;
    }

    /** The alert rules' queries, each without its threshold comparison. */
    public static List<Query> alerts(Path projectDir) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (Path file : ruleFiles(projectDir)) {
            JsonNode rules = new YAMLMapper().readTree(file.toFile());
            for (JsonNode group : rules.path("groups").values()) {
                for (JsonNode rule : group.path("rules").values()) {
                    String name = rule.path("alert").asString(rule.path("record").asString());
                    Matcher threshold = THRESHOLD.matcher(rule.path("expr").asString().trim());
                    if (!threshold.matches()) {
                        throw new IllegalStateException(file.getFileName() + " " + name
                                + ": expr is not '<query> <comparison> <number>': " + rule.path("expr").asString());
                    }
                    queries.add(new Query(file.getFileName() + " alert " + name, threshold.group(1)));
                }
            }
        }
        return queries;
    }

    /** The rule files Prometheus loads: {@code ops/prometheus/rules/*.yml}. */
    public static List<Path> ruleFiles(Path projectDir) throws IOException {
        try (Stream<Path> files = Files.list(projectDir.resolve("ops/prometheus/rules"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static void collectPanels(String file, JsonNode panels, List<String> variables, List<Query> queries) {
        for (JsonNode panel : panels.values()) {
            collectPanels(file, panel.path("panels"), variables, queries); // a collapsed row holds its panels
            for (JsonNode target : panel.path("targets").values()) {
                String expr = target.path("expr").asString();
                for (String[] interval : GRAFANA_INTERVALS) {
                    expr = expr.replace(interval[0], interval[1]);
                }
                for (String variable : variables) {
                    expr = expr.replace("${" + variable + "}", ".*").replace("$" + variable, ".*");
                }
                if (expr.contains("$")) {
                    throw new IllegalStateException(file + " \"" + panel.path("title").asString()
                            + "\": unknown variable in " + expr);
                }
                queries.add(new Query(file + " \"" + panel.path("title").asString() + "\" "
                        + target.path("refId").asString(), expr));
            }
        }
    }
}
