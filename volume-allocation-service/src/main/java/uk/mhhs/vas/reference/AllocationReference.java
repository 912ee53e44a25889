package uk.mhhs.vas.reference;

import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.isd.IsdSnapshot;
import uk.mhhs.vas.rules.ComponentClass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The ISD data one run uses, as at its settlement date: the consumption component classes with their scaling weights,
 * the supplier BM units (supplier, GSP group, base or additional), each supplier's DIP ID, and the highest ISD version
 * among them (recorded as the run's ISD input).
 */
public final class AllocationReference {

    /** The ISD entities a run reads. */
    public static final List<String> ENTITIES = List.of("consumption-component-class", "supplier-bm-unit",
            "market-participant");

    /** A supplier BM unit. */
    public record BmUnit(String id, String supplierMpid, String gspGroup, boolean base) {
    }

    private final Map<Integer, ComponentClass> classes = new HashMap<>();
    private final Map<String, BmUnit> bmUnits = new HashMap<>();
    private final Map<String, String> supplierDipIds = new HashMap<>();
    private final int isdVersion;

    /** Reads the rows valid on {@code date} through {@code asAt} (entity, date → rows). */
    public AllocationReference(BiFunction<String, LocalDate, List<IsdSnapshot>> asAt, LocalDate date) {
        int version = 0;
        for (IsdSnapshot row : asAt.apply("consumption-component-class", date)) {
            JsonNode v = row.values();
            ComponentClass c = new ComponentClass(v.path("ccc_id").asInt(), v.path("measurement_quantity_id").asString(),
                    v.path("market_segment").asString(), row.flag("domestic_premise"),
                    v.path("connection_type").asString(), v.path("component_indicator").asString(),
                    v.path("data_origin").asString(), new BigDecimal(v.path("scaling_weight").asString("1")));
            classes.put(c.id(), c);
            version = Math.max(version, row.version());
        }
        for (IsdSnapshot row : asAt.apply("supplier-bm-unit", date)) {
            JsonNode v = row.values();
            BmUnit unit = new BmUnit(v.path("bm_unit_id").asString(), v.path("supplier_mpid").asString(),
                    v.path("gsp_group_id").asString(), "T".equals(row.flag("base_bm_unit")));
            bmUnits.put(unit.id(), unit);
            version = Math.max(version, row.version());
        }
        for (IsdSnapshot row : asAt.apply("market-participant", date)) {
            JsonNode v = row.values();
            if ("SUP".equals(v.path("dip_role").asString())) {
                supplierDipIds.put(v.path("mpid").asString(), v.path("dip_id").asString());
                version = Math.max(version, row.version());
            }
        }
        this.isdVersion = version;
    }

    /** Builds a reference from given data (tests, benchmarks). */
    public AllocationReference(Map<Integer, ComponentClass> classes, Map<String, BmUnit> bmUnits,
                               Map<String, String> supplierDipIds, int isdVersion) {
        this.classes.putAll(classes);
        this.bmUnits.putAll(bmUnits);
        this.supplierDipIds.putAll(supplierDipIds);
        this.isdVersion = isdVersion;
    }

    /** The class with {@code id}, if ISD has it on the date. */
    public Optional<ComponentClass> componentClass(int id) {
        return Optional.ofNullable(classes.get(id));
    }

    /** Every class, by ID. */
    public Map<Integer, ComponentClass> componentClasses() {
        return Map.copyOf(classes);
    }

    /** The BM unit with {@code id}, if ISD has it on the date. */
    public Optional<BmUnit> bmUnit(String id) {
        return Optional.ofNullable(bmUnits.get(id));
    }

    /** The supplier's DIP ID (market participant with DIP role SUP), if ISD has one. */
    public Optional<String> supplierDipId(String supplierMpid) {
        return Optional.ofNullable(supplierDipIds.get(supplierMpid));
    }

    /** The highest ISD version among the rows read. */
    public int isdVersion() {
        return isdVersion;
    }
}
