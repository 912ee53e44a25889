package uk.mhhs.testsupport;

/** A running Kafka broker that {@link TestKafka} hands to tests. */
interface KafkaServer {

    /** {@code host:port} list for {@code bootstrap.servers}. */
    String bootstrapServers();

    /** Creates topics (3 partitions each) if they do not exist yet. */
    void createTopics(String... topics);

    /** The settings both brokers run with: topics made on first use with 3 partitions, one replica of everything. */
    java.util.Map<String, String> SETTINGS = java.util.Map.of(
            "auto.create.topics.enable", "true",
            "num.partitions", "3",
            "group.initial.rebalance.delay.ms", "0",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "offsets.topic.replication.factor", "1");
}
