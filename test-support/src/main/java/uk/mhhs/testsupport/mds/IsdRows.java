package uk.mhhs.testsupport.mds;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The ISD rows a run of MDS over the {@link SyntheticMarket} reads, as the ISD service publishes them to its
 * compacted {@code isd.*} topics: tariff DOM → LLFC 001 of distributor 12, LLF 1.050 for each of 48 periods of each
 * date, ALPH's base BM unit {@code 2_<gsp>ALPH000} in each GSP group, and classes 100–105 (S, domestic T, W) and
 * 106–111 (S, F, W), each six in the order C-A, C-E, C-D, L-A, L-E, L-D.
 */
public final class IsdRows {

    private IsdRows() {
    }

    public static void publish(String bootstrapServers, String topicPrefix, LocalDate... dates) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            // each row acknowledged before the next: a row lost unnoticed would show only as a wrong run
            Row row = (entity, key, values) -> {
                try {
                    producer.send(new ProducerRecord<>(topicPrefix + "isd." + entity, key,
                            "{\"entity\":\"" + entity + "\",\"key\":\"" + key + "\",\"version\":1,"
                                    + "\"effectiveFrom\":\"2020-01-01\",\"effectiveTo\":null,\"values\":" + values
                                    + "}")).get();
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("ISD row " + entity + " " + key + " not written", e);
                }
            };
            row.send("duos-tariff", "12|DOM", "{\"distributor_id\":12,\"duos_tariff_id\":\"DOM\",\"llfc\":\"001\"}");
            for (LocalDate day : dates) {
                String factors = String.join(",", Collections.nCopies(48, "\"1.050\""));
                row.send("line-loss-factor", "12|001|" + day, "{\"distributor_id\":12,\"llfc\":\"001\","
                        + "\"settlement_date\":\"" + day + "\",\"factors\":[" + factors + "]}");
            }
            for (String gsp : SyntheticMarket.GSP_GROUPS) {
                String bmUnit = "2_" + gsp + "ALPH000";
                row.send("supplier-bm-unit", bmUnit, "{\"bm_unit_id\":\"" + bmUnit + "\",\"supplier_mpid\":\"ALPH\","
                        + "\"gsp_group_id\":\"" + gsp + "\",\"base_bm_unit\":\"T\"}");
            }
            int id = 100;
            for (String domestic : List.of("T", "F")) {
                for (String component : List.of("C", "L")) {
                    for (String origin : List.of("A", "E", "D")) {
                        row.send("consumption-component-class", String.valueOf(id), "{\"ccc_id\":" + id++
                                + ",\"measurement_quantity_id\":\"AI\",\"market_segment\":\"S\",\"domestic_premise\":\""
                                + domestic + "\",\"connection_type\":\"W\",\"component_indicator\":\"" + component
                                + "\",\"data_origin\":\"" + origin + "\",\"scaling_weight\":\"1.0000\"}");
                    }
                }
            }
            producer.flush();
        }
    }

    @FunctionalInterface
    private interface Row {
        void send(String entity, String key, String values);
    }
}
