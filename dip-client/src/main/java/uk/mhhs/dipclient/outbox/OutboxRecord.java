package uk.mhhs.dipclient.outbox;

import java.util.Map;
import java.util.Objects;

/**
 * One Kafka record to publish through the transactional outbox.
 *
 * @param topic   the full topic name (including any prefix), e.g. {@code DipTopics.submissions()}
 * @param key     the record key, usually the MPAN core; {@code null} for no key. Records of one key are
 *                published in the order they were enqueued.
 * @param value   the record value, published byte for byte
 * @param headers Kafka headers (values written as UTF-8); {@code null} means none
 */
public record OutboxRecord(String topic, String key, byte[] value, Map<String, String> headers) {

    public OutboxRecord {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(value, "value");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A record without headers. */
    public OutboxRecord(String topic, String key, byte[] value) {
        this(topic, key, value, Map.of());
    }
}
