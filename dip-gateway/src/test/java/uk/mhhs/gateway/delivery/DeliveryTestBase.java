package uk.mhhs.gateway.delivery;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.gateway.participants.ParticipantStore;

/**
 * What the delivery-side integration tests share: a Kafka publisher for PUB records, test participants, the
 * delivery rows, and a real webhook server started and stopped around each test.
 */
@GatewayIntegrationTest
public abstract class DeliveryTestBase {

    protected static TestPublisher publisher;

    @Autowired protected DipTopics topics;
    @Autowired protected ParticipantStore participantStore;
    @Autowired protected ParticipantRegistry participantRegistry;
    @Autowired protected JdbcTemplate jdbc;
    @LocalServerPort protected int port;

    protected TestParticipants participants;
    protected DeliveryRows rows;
    protected WebhookServer webhook;

    @BeforeAll
    static void startPublisher() {
        publisher = new TestPublisher();
    }

    @AfterAll
    static void stopPublisher() {
        publisher.close();
    }

    @BeforeEach
    void startWebhook() {
        participants = new TestParticipants(participantStore, participantRegistry, port);
        rows = new DeliveryRows(jdbc);
        webhook = WebhookServer.start();
    }

    @AfterEach
    void stopWebhook() {
        webhook.close();
    }
}
