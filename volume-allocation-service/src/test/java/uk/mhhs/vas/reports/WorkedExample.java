package uk.mhhs.vas.reports;

import uk.mhhs.dipclient.reports.ReportAggregate;
import uk.mhhs.dipclient.reports.ReportBlocks;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.rules.ComponentClass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The worked example of ecs-services.md §6 as the reports' unit tests use it: GSP group _A, settlement period 1,
 * GSPGT 9,000 kWh, ΣC = 8,565, ΣW·C = 7,845, CF = 1 + 435/7,845 = 1.0554493308 (stored to 10 decimals); suppliers SUPA
 * (1400000101) and SUPB (1400000102) with base BM units 2__ASUPA000 and 2__ASUPB000; classes as in {@code IsdRows}.
 * MPAN counts are this test's own: SUPA 10 smart, 2 advanced; SUPB 7 smart import, 3 smart export.
 */
final class WorkedExample {

    static final String SUPA_UNIT = "2__ASUPA000";
    static final String SUPB_UNIT = "2__ASUPB000";
    static final String SUPA_DIP = "1400000101";
    static final String SUPB_DIP = "1400000102";
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final ReportBlocks RUN = new ReportBlocks(DAY, "SF", 2, Instant.parse("2026-11-21T04:05:06Z"));
    static final BigDecimal CF = new BigDecimal("1.0554493308");

    private WorkedExample() {
    }

    static AllocationReference reference(boolean supbHasDipId) {
        Map<Integer, ComponentClass> classes = Map.of(
                100, new ComponentClass(100, "AI", "S", "T", "W", "C", "A", new BigDecimal("1.0000")),
                103, new ComponentClass(103, "AI", "S", "T", "W", "L", "A", new BigDecimal("1.0000")),
                112, new ComponentClass(112, "AI", "A", "T", "L", "C", "A", new BigDecimal("0.5000")),
                115, new ComponentClass(115, "AI", "A", "T", "L", "L", "A", new BigDecimal("0.5000")),
                136, new ComponentClass(136, "AE", "S", "T", "W", "C", "A", new BigDecimal("0.0000")));
        Map<String, AllocationReference.BmUnit> units = Map.of(
                SUPA_UNIT, new AllocationReference.BmUnit(SUPA_UNIT, "SUPA", "_A", true),
                SUPB_UNIT, new AllocationReference.BmUnit(SUPB_UNIT, "SUPB", "_A", true));
        return new AllocationReference(classes, units,
                supbHasDipId ? Map.of("SUPA", SUPA_DIP, "SUPB", SUPB_DIP) : Map.of("SUPA", SUPA_DIP), 1);
    }

    /** The seven aggregates of period 1 in (supplier, BM unit, class) order; kWh as MDS sends them (export ≥ 0). */
    static List<ReportAggregate> aggregates() {
        return List.of(
                new ReportAggregate("SUPA", SUPA_UNIT, 100, 1, new BigDecimal("4000.000"), 10),
                new ReportAggregate("SUPA", SUPA_UNIT, 103, 1, new BigDecimal("200.000"), 10),
                new ReportAggregate("SUPA", SUPA_UNIT, 112, 1, new BigDecimal("2000.000"), 2),
                new ReportAggregate("SUPA", SUPA_UNIT, 115, 1, new BigDecimal("40.000"), 2),
                new ReportAggregate("SUPB", SUPB_UNIT, 100, 1, new BigDecimal("2500.000"), 7),
                new ReportAggregate("SUPB", SUPB_UNIT, 103, 1, new BigDecimal("125.000"), 7),
                new ReportAggregate("SUPB", SUPB_UNIT, 136, 1, new BigDecimal("300.000"), 3));
    }

    /** 48 periods: period 1 the example's factor, the others undefined (no volume). */
    static GroupFactors factors() {
        GroupFactors factors = new GroupFactors(48).put(1, CF, null);
        for (int p = 2; p <= 48; p++) {
            factors.put(p, null, GroupFactors.NO_CORRECTABLE_VOLUME);
        }
        return factors;
    }
}
