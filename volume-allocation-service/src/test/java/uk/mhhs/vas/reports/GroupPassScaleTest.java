package uk.mhhs.vas.reports;

import org.junit.jupiter.api.Test;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.rules.ComponentClass;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One GSP group at GB scale (a fourteenth of a GB run: 100 suppliers × 2 BM units × 40 classes × 48 periods = 384,000
 * aggregates) through REP-003, REP-003A and REP-006: the CPU it takes, and that what stays is the compressed reports.
 */
class GroupPassScaleTest {

    private static final String[] CONNECTIONS = {"W", "L", "H", "E", "U"};

    @Test
    void a_gb_scale_group_reports_in_well_under_a_second_of_cpu() {
        Map<Integer, ComponentClass> classes = new HashMap<>();
        int n = 0;
        for (String connection : CONNECTIONS) {
            for (String origin : List.of("A", "E")) {
                for (String domestic : List.of("T", "F")) {
                    BigDecimal w = n % 2 == 0 ? BigDecimal.ONE : new BigDecimal("0.5");
                    classes.put(100 + n, new ComponentClass(100 + n, "AI", "S", domestic, connection, "C", origin, w));
                    classes.put(300 + n, new ComponentClass(300 + n, "AI", "S", domestic, connection, "L", origin, w));
                    n++;
                }
            }
        }
        Map<String, AllocationReference.BmUnit> units = new HashMap<>();
        Map<String, String> dipIds = new HashMap<>();
        for (int s = 0; s < 100; s++) {
            String supplier = String.format("S%03d", s);
            dipIds.put(supplier, String.format("14%08d", s));
            units.put("2__A" + supplier + "000", new AllocationReference.BmUnit("2__A" + supplier + "000", supplier,
                    "_A", true));
            units.put("2__A" + supplier + "001", new AllocationReference.BmUnit("2__A" + supplier + "001", supplier,
                    "_A", false));
        }
        GroupFactors factors = new GroupFactors(48);
        for (int p = 1; p <= 48; p++) {
            factors.put(p, new BigDecimal("1.0554493308"), null);
        }
        List<Integer> ids = classes.keySet().stream().sorted().toList();
        var threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[4];
        for (int round = 0; round < 4; round++) { // the first rounds warm the JIT up; the last without REP-003A
            List<String> market = round < 3 ? List.of("9900000099") : List.of();
            long before = threads.getCurrentThreadCpuTime();
            GroupPass pass = new GroupPass(new ReportReference(new AllocationReference(classes, units, dipIds, 1),
                    WorkedExample.DAY), WorkedExample.RUN, "_A", factors, market, 512 * 1024);
            int rows = 0;
            for (int s = 0; s < 100; s++) {
                String supplier = String.format("S%03d", s);
                for (String unit : List.of("2__A" + supplier + "000", "2__A" + supplier + "001")) {
                    for (int id : ids) {
                        for (int p = 1; p <= 48; p++) {
                            pass.add(new ReportAggregate(supplier, unit, id, p,
                                    BigDecimal.valueOf(1_000_000L + 37L * rows++ % 999_983L, 3), 1 + p % 7));
                        }
                    }
                }
            }
            List<Outbound.Draft> drafts = pass.end();
            cpu[round] = threads.getCurrentThreadCpuTime() - before;
            long compressed = drafts.stream().mapToLong(d -> d.customBlock().path("P03").path("compressedReport")
                    .asString().length()).sum();
            long largest = drafts.stream().mapToLong(d -> d.customBlock().path("P03").path("compressedReport")
                    .asString().length()).max().orElse(0);
            assertThat(rows).isEqualTo(384_000);
            assertThat(drafts).hasSize(200 + pass.groupParts());
            // every report, REP-003A parts included, fits a DIP message and a default Kafka record (1 MB)
            assertThat(largest).isLessThan(900 * 1024);
            System.out.printf("GB-scale GSP group%s: %d aggregates, %d ms CPU, %d reports, %d KB base64, largest %d KB%n",
                    market.isEmpty() ? " without REP-003A" : "", rows, cpu[round] / 1_000_000, drafts.size(),
                    compressed / 1024, largest / 1024);
        }
        // about 1 s on a loaded 2-core machine (tests run C1-only): the bound catches a report built as a tree or
        // anything quadratic, not a few per cent
        assertThat(cpu[2] / 1_000_000).isLessThan(5_000);
    }
}
