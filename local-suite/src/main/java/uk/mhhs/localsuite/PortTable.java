package uk.mhhs.localsuite;

import uk.mhhs.localsuite.services.ServiceStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The table printed once the suite is up: where every service and shared server listens. */
public final class PortTable {

    private static final List<String> HEADINGS = List.of("SERVICE", "STATUS", "URL", "HEALTH", "PROMETHEUS");

    private PortTable() {
    }

    public static String render(RunningSuite suite, Path relativeTo) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (ServiceStatus status : suite.services()) {
            rows.add(List.of(
                    status.launch().service().module(),
                    status.label(),
                    status.health().baseUrl().toString(),
                    status.health().healthUrl().toString(),
                    status.launch().prometheusUrl().toString()));
        }
        int[] widths = widths(rows);
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(line(row, widths));
        }
        for (ServiceStatus status : suite.services()) {
            if (!status.isUp()) {
                out.append(String.format("  %s %s: %s%n", status.launch().service().module(), status.label(),
                        status.failure().isEmpty() ? status.health().detail() : status.failure()));
            }
        }
        out.append('\n')
                .append(String.format("%-12s %s  (superuser postgres; each service logs in as its own user,"
                        + " password = user name)%n", "PostgreSQL", suite.jdbcUrl()))
                .append(String.format("%-12s %s  (KRaft, single node)%n", "Kafka", suite.kafkaBootstrapServers()))
                .append(String.format("%-12s %s%n", "Logs", shorten(suite.home().resolve("logs"), relativeTo)
                        + "/<service>.log"))
                .append(String.format("%-12s %s%n", "Data", shorten(suite.home(), relativeTo)
                        + "  (kept across restarts; delete it for a fresh start)"));
        return out.toString();
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
        }
        return line.append('\n').toString();
    }

    private static String shorten(Path path, Path relativeTo) {
        Path base = relativeTo.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
