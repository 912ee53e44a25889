package uk.mhhs.testsupport.mds;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.mhhs.testsupport.dip.If021Message;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Many IF-021 PUB records of the {@link SyntheticMarket}, as the DIP delivers them to MDS on {@code dip.pub.021}: one
 * UTC day of 48 periods per MPAN, from its data service, addressed to MDS, keyed by MPAN, each with a unique
 * {@code D0.transactionID}. An idempotent producer ({@code acks=all}): a record is written once even when the
 * broker restarts while it is sent.
 */
public final class If021Stream {

    /** The value in Wh of MPAN {@code i}'s period {@code p} (0..47). */
    @FunctionalInterface
    public interface PeriodWh {
        long wh(int i, int p);
    }

    private If021Stream() {
    }

    /**
     * Sends IF-021 of {@code date} for MPANs {@code from..from+count-1}, transaction IDs {@code <txPrefix>-<i>};
     * returns the bytes sent once all are acknowledged.
     */
    public static long produce(String bootstrapServers, String topic, int from, int count, LocalDate date,
                               String txPrefix, PeriodWh values) {
        long bytes = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = from; i < from + count; i++) {
                String mpan = Long.toString(SyntheticMarket.mpan(i));
                If021Message message = If021Message.from(SyntheticMarket.DS).mpanCore(mpan).settlementDay(date)
                        .gspGroup(SyntheticMarket.gsp(i)).distributorDipId(SyntheticMarket.LDSO)
                        .primaryRecipients(List.of(SyntheticMarket.MDS));
                for (int p = 0; p < 48; p++) {
                    message.periodValue(p, SyntheticMarket.kwh(values.wh(i, p)));
                }
                message.delivered(txPrefix + "-" + i);
                byte[] body = message.toPubJson().getBytes(StandardCharsets.UTF_8);
                bytes += body.length;
                producer.send(new ProducerRecord<>(topic, mpan, body));
            }
            producer.flush();
        }
        return bytes;
    }
}
