package uk.mhhs.bench.vas;

import org.postgresql.PGConnection;
import uk.mhhs.testsupport.bench.CopyStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.mhhs.testsupport.TestKafka;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

/**
 * A GB-shaped market for one settlement date, generated deterministically: 14 GSP groups; {@code bmUnits / 2}
 * suppliers, each with a base and an additional BM unit in every group; {@code classes} consumption component classes
 * (the last four export, weight 0; the rest import with weights 1.0 and 0.5 in turn); and an aggregate for every
 * (group, BM unit, class, period), 0.001–99.999 kWh. The GSP Group Take of each (group, period) is the signed
 * uncorrected total × 1.03, so every correction factor is defined and inside the band.
 */
final class GbMarket {

    static final String[] GSP_GROUPS = {"_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K", "_L", "_M",
            "_N", "_P"};
    static final int FIRST_CLASS = 100;
    static final int EXPORT_CLASSES = 4;

    final int bmUnits;
    final int classes;
    final int periods;

    GbMarket(int bmUnits, int classes, int periods) {
        this.bmUnits = bmUnits - bmUnits % 2;
        this.classes = classes;
        this.periods = periods;
    }

    int suppliers() {
        return bmUnits / 2;
    }

    long aggregates() {
        return (long) GSP_GROUPS.length * bmUnits * classes * periods;
    }

    /** A four-letter MPID for supplier {@code s}: SAAA, SAAB, … */
    static String mpid(int s) {
        return "S" + (char) ('A' + s / 676 % 26) + (char) ('A' + s / 26 % 26) + (char) ('A' + s % 26);
    }

    /** The {@code u}-th BM unit of a group: supplier u / 2, base (000) when u is even, additional (001) when odd. */
    static String bmUnit(String group, int u) {
        return "2__" + group.charAt(1) + mpid(u / 2) + (u % 2 == 0 ? "000" : "001");
    }

    boolean export(int c) {
        return c >= classes - EXPORT_CLASSES;
    }

    String weight(int c) {
        return export(c) ? "0.0000" : c % 2 == 0 ? "1.0000" : "0.5000";
    }

    /** The aggregate kWh in thousandths (Wh) of (group g, unit u, class c, period p): 1..99,999. */
    static long wh(int g, int u, int c, int p) {
        long h = (g * 1_000_003L + u * 7_919L + c * 104_729L + p * 1_299_709L) * 2_654_435_761L;
        return 1 + Math.floorMod(h >>> 7, 99_999L);
    }

    /** Publishes the ISD rows: classes, suppliers (DIP IDs 14000xxxxx) and their BM units, through one producer. */
    void publishIsd(String prefix) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", TestKafka.instance().bootstrapServers(), "acks", "all", "linger.ms", 20),
                new StringSerializer(), new ByteArraySerializer())) {
            publishIsd(prefix, producer);
            producer.flush();
        }
    }

    private void publishIsd(String prefix, KafkaProducer<String, byte[]> producer) {
        for (int c = 0; c < classes; c++) {
            int id = FIRST_CLASS + c;
            isd(producer, prefix, "consumption-component-class", String.valueOf(id), "{\"ccc_id\":" + id
                    + ",\"measurement_quantity_id\":\"" + (export(c) ? "AE" : "AI") + "\",\"market_segment\":\""
                    + (c % 3 == 0 ? "S" : c % 3 == 1 ? "A" : "U") + "\",\"domestic_premise\":\"F\","
                    + "\"connection_type\":\"" + (c % 3 == 0 ? "W" : c % 3 == 1 ? "L" : "U")
                    + "\",\"component_indicator\":\"" + (c % 2 == 0 ? "C" : "L") + "\",\"data_origin\":\"A\","
                    + "\"scaling_weight\":\"" + weight(c) + "\"}");
        }
        for (int s = 0; s < suppliers(); s++) {
            isd(producer, prefix, "market-participant", mpid(s) + "|X|SUP", "{\"mpid\":\"" + mpid(s) + "\",\"market_role\":"
                    + "\"X\",\"dip_role\":\"SUP\",\"dip_id\":\"" + (1_400_000_000L + s) + "\",\"participant_name\":"
                    + "\"Supplier " + s + "\"}");
        }
        for (String group : GSP_GROUPS) {
            for (int u = 0; u < bmUnits; u++) {
                String id = bmUnit(group, u);
                isd(producer, prefix, "supplier-bm-unit", id, "{\"bm_unit_id\":\"" + id + "\",\"supplier_mpid\":\""
                        + mpid(u / 2) + "\",\"gsp_group_id\":\"" + group + "\",\"base_bm_unit\":\""
                        + (u % 2 == 0 ? "T" : "F") + "\"}");
            }
        }
    }

    private static void isd(KafkaProducer<String, byte[]> producer, String prefix, String entity, String key,
                            String values) {
        String row = "{\"entity\":\"" + entity + "\",\"key\":\"" + key + "\",\"version\":1,"
                + "\"effectiveFrom\":\"2020-01-01\",\"effectiveTo\":null,\"values\":" + values + "}";
        producer.send(new ProducerRecord<>(prefix + "isd." + entity, key, row.getBytes(StandardCharsets.UTF_8)));
    }

    /** COPYs the aggregate set {@code setId}; returns the rows. Also fills {@code takeWh[g][p]} with ΣC × 1.03. */
    long copyAggregates(DataSource dataSource, UUID setId, long[][] signedWh) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            CopyStream copy = new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy aggregate (set_id, gsp_group, supplier_mpid, bm_unit_id, ccc_id, period, kwh, mpans)"
                            + " from stdin"));
            StringBuilder out = copy.out();
            String set = setId.toString();
            for (int g = 0; g < GSP_GROUPS.length; g++) {
                for (int u = 0; u < bmUnits; u++) {
                    String unit = bmUnit(GSP_GROUPS[g], u);
                    String supplier = mpid(u / 2);
                    for (int c = 0; c < classes; c++) {
                        for (int p = 1; p <= periods; p++) {
                            long wh = wh(g, u, c, p);
                            signedWh[g][p - 1] += export(c) ? -wh : wh;
                            out.append(set).append('\t').append(GSP_GROUPS[g]).append('\t').append(supplier)
                                    .append('\t').append(unit).append('\t').append(FIRST_CLASS + c).append('\t')
                                    .append(p).append('\t').append(wh / 1000).append('.');
                            long frac = wh % 1000;
                            out.append(frac < 10 ? "00" : frac < 100 ? "0" : "").append(frac).append('\t')
                                    .append(1 + (u + c + p) % 500).append('\n');
                            copy.rowDone();
                        }
                    }
                }
            }
            return copy.end();
        }
    }
}
