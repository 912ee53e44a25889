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
 * broker restarts while it is sent, and {@link #close()} fails if one could not be written.
 */
public final class If021Stream implements AutoCloseable {

    /** The value in Wh of MPAN {@code i}'s period {@code p} (0..47). */
    @FunctionalInterface
    public interface PeriodWh {
        long wh(int i, int p);
    }

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private long bytes;
    private final java.util.concurrent.atomic.AtomicReference<Exception> failure =
            new java.util.concurrent.atomic.AtomicReference<>();

    private If021Stream(KafkaProducer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** A stream to {@code topic}; {@link #close()} waits until every record sent is acknowledged. */
    public static If021Stream open(String bootstrapServers, String topic) {
        return new If021Stream(new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer()),
                topic);
    }

    /**
     * Sends IF-021 of {@code date} for MPANs {@code from..from+count-1}, transaction IDs {@code <txPrefix>-<i>};
     * returns the bytes sent once all are acknowledged.
     */
    public static long produce(String bootstrapServers, String topic, int from, int count, LocalDate date,
                               String txPrefix, PeriodWh values) {
        try (If021Stream stream = open(bootstrapServers, topic)) {
            for (int i = from; i < from + count; i++) {
                stream.send(i, date, txPrefix + "-" + i, values);
            }
            return stream.bytes();
        }
    }

    /** Sends MPAN {@code i}'s IF-021 of {@code date} with {@code D0.transactionID} {@code transactionId}. */
    public void send(int i, LocalDate date, String transactionId, PeriodWh values) {
        String mpan = Long.toString(SyntheticMarket.mpan(i));
        If021Message message = If021Message.from(SyntheticMarket.DS).mpanCore(mpan).settlementDay(date)
                .gspGroup(SyntheticMarket.gsp(i)).distributorDipId(SyntheticMarket.LDSO)
                .primaryRecipients(List.of(SyntheticMarket.MDS));
        for (int p = 0; p < 48; p++) {
            message.periodValue(p, SyntheticMarket.kwh(values.wh(i, p)));
        }
        message.delivered(transactionId);
        byte[] body = message.toPubJson().getBytes(StandardCharsets.UTF_8);
        bytes += body.length;
        producer.send(new ProducerRecord<>(topic, mpan, body), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Bytes sent so far. */
    public long bytes() {
        return bytes;
    }

    /** Waits until every record is acknowledged; fails if any could not be written. */
    @Override
    public void close() {
        producer.flush();
        producer.close();
        if (failure.get() != null) {
            throw new IllegalStateException("an IF-021 record was not written to " + topic, failure.get());
        }
    }
}
