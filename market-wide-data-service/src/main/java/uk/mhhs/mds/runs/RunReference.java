package uk.mhhs.mds.runs;

import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.isd.IsdSnapshot;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;
import uk.mhhs.mds.rules.Ccc;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ISD data one run uses, as at its settlement date: DUoS tariff → LLFC per distributor, line loss factors per
 * (distributor, LLFC) and settlement period, the base BM unit per (supplier MPID, GSP group), and the consumption
 * component classes, the distributors' MPIDs; plus the highest ISD version among them, recorded as the run's ISD input.
 */
final class RunReference {

    static final List<String> ENTITIES = List.of("duos-tariff", "line-loss-factor", "supplier-bm-unit",
            "consumption-component-class", "distributor");

    private final Map<String, String> llfcByTariff = new HashMap<>();
    private final Map<String, BigDecimal[]> factors = new HashMap<>();
    private final Map<String, String> baseBmUnit = new HashMap<>();
    private final Map<Integer, String> distributorMpid = new HashMap<>();
    private final ConsumptionComponentClasses cccs;
    private final int isdVersion;

    RunReference(IsdSnapshotCache isd, LocalDate date) {
        int version = 0;
        for (IsdSnapshot row : isd.asAt("duos-tariff", date)) {
            llfcByTariff.put(row.values().path("distributor_id").asInt() + "|"
                    + row.values().path("duos_tariff_id").asString(), row.values().path("llfc").asString());
            version = Math.max(version, row.version());
        }
        for (IsdSnapshot row : isd.asAt("line-loss-factor", date)) {
            if (date.toString().equals(row.values().path("settlement_date").asString())) {
                JsonNode list = row.values().path("factors");
                BigDecimal[] values = new BigDecimal[list.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = new BigDecimal(list.path(i).asString());
                }
                factors.put(row.values().path("distributor_id").asInt() + "|" + row.values().path("llfc").asString(),
                        values);
                version = Math.max(version, row.version());
            }
        }
        for (IsdSnapshot row : isd.asAt("supplier-bm-unit", date)) {
            if ("T".equals(row.values().path("base_bm_unit").asString())
                    || row.values().path("base_bm_unit").asBoolean(false)) {
                baseBmUnit.put(row.values().path("supplier_mpid").asString() + "|"
                        + row.values().path("gsp_group_id").asString(), row.values().path("bm_unit_id").asString());
            }
            version = Math.max(version, row.version());
        }
        List<Ccc> classes = new ArrayList<>();
        for (IsdSnapshot row : isd.asAt("consumption-component-class", date)) {
            JsonNode v = row.values();
            classes.add(new Ccc(v.path("ccc_id").asInt(), v.path("measurement_quantity_id").asString(),
                    v.path("market_segment").asString(), flag(v.path("domestic_premise")),
                    v.path("connection_type").asString(), v.path("component_indicator").asString(),
                    v.path("data_origin").asString(), new BigDecimal(v.path("scaling_weight").asString("1"))));
            version = Math.max(version, row.version());
        }
        for (IsdSnapshot row : isd.asAt("distributor", date)) {
            distributorMpid.put(row.values().path("distributor_id").asInt(), row.values().path("mpid").asString());
            version = Math.max(version, row.version());
        }
        this.cccs = new ConsumptionComponentClasses(classes);
        this.isdVersion = version;
    }

    /** The line loss factors of the settlement day's periods, or empty when ISD has none for the MPAN's LLFC. */
    Optional<BigDecimal[]> lineLossFactors(int distributorId, String duosTariff) {
        String llfc = llfcByTariff.get(distributorId + "|" + duosTariff);
        return llfc == null ? Optional.empty() : Optional.ofNullable(factors.get(distributorId + "|" + llfc));
    }

    /** The LLFC ISD maps the distributor's DUoS tariff to, or {@code null}. */
    String llfc(int distributorId, String duosTariff) {
        return llfcByTariff.get(distributorId + "|" + duosTariff);
    }

    /** The distributor's MPID (ISD {@code distributor}), or {@code null}. */
    String distributorMpid(int distributorId) {
        return distributorMpid.get(distributorId);
    }

    Optional<String> baseBmUnit(String supplierMpid, String gspGroup) {
        return Optional.ofNullable(baseBmUnit.get(supplierMpid + "|" + gspGroup));
    }

    ConsumptionComponentClasses cccs() {
        return cccs;
    }

    int isdVersion() {
        return isdVersion;
    }

    /**
     * ISD's snapshots carry a BOOLEAN column as JSON {@code true}/{@code false} (its CSV writes T/F); the registration
     * view holds T/F, so a class's domestic indicator is compared as T/F whichever way it came.
     */
    private static String flag(JsonNode value) {
        return value.isBoolean() ? (value.booleanValue() ? "T" : "F") : value.asString();
    }
}
