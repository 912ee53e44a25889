package uk.mhhs.localsuite.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The standalone Kafka broker ({@code kafka_2.13}) in this JVM, KRaft combined mode, one node. Its
 * storage is formatted once (as {@code kafka-storage.sh format} would) and kept, so topics and offsets
 * survive a restart.
 */
public final class LocalKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    private LocalKafka(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Formats {@code directory} on first use, starts the broker and waits until it answers. */
    public static LocalKafka start(Path directory, int port, int controllerPort) throws IOException {
        Path logDirectory = directory.resolve("data");
        Files.createDirectories(logDirectory);
        Map<String, String> properties = KafkaServerProperties.combinedMode(logDirectory, port, controllerPort);
        Path configFile = directory.resolve("server.properties");
        Files.writeString(configFile, KafkaServerProperties.asFile(properties));
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            format(configFile);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties), Time.SYSTEM);
        server.startup();
        LocalKafka kafka = new LocalKafka(server, port);
        try {
            kafka.awaitReady(Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        return kafka;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    private static void format(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = StorageTool.execute(new String[] {
                "format", "--config", configFile.toString(), "--cluster-id", Uuid.randomUuid().toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("formatting Kafka storage failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady(Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not answer on " + bootstrapServers() + " within " + timeout, e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
