package uk.mhhs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.registration.PartyHistory;
import uk.mhhs.dipclient.registration.PartyHistory.Row;
import uk.mhhs.dipclient.registration.RegistrationPartiesCache;
import uk.mhhs.gateway.delivery.TestPublisher;
import uk.mhhs.testsupport.TestKafka;

/**
 * The follower can be stopped and started again (Spring stops and restarts lifecycle beans, e.g. a paused test
 * context): it used to close the cache's Kafka consumer when it stopped, so after a restart every read failed and
 * start-up waited the whole startup-wait.
 */
class RegistrationPartiesFollowerRestartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @Test
    void reads_the_topic_again_after_a_stop_and_a_start() throws Exception {
        // Given a registration topic of its own holding one MPAN's supplier, and a follower that has read it
        DipTopics topics = new DipTopics("restart-" + UUID.randomUUID() + ".");
        RegistrationPartiesTopic.create(topics);
        String first = RegistrationPartiesTopic.newMpan();
        String second = RegistrationPartiesTopic.newMpan();
        RegistrationPartiesCache cache = new RegistrationPartiesCache(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.instance().bootstrapServers()), topics);
        RegistrationPartiesFollower follower = new RegistrationPartiesFollower(cache, Duration.ofSeconds(20));
        try (TestPublisher publisher = new TestPublisher()) {
            publisher.send(topics.registrationParties(), first, supplier(first, "1400000001"));
            follower.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> "1400000001".equals(supplierOf(cache, first)));

            // When it is stopped, then started again, and another MPAN is registered
            follower.stop();
            follower.start();
            publisher.send(topics.registrationParties(), second, supplier(second, "1400000002"));

            // Then it follows the topic as before: both MPANs' suppliers are known
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> "1400000002".equals(supplierOf(cache, second)));
            assertThat(supplierOf(cache, first)).isEqualTo("1400000001");
        } finally {
            follower.stop();
            cache.close();
        }
    }

    private static String supplierOf(RegistrationPartiesCache cache, String mpan) {
        PartyHistory.Party supplier = cache.partiesOn(mpan, DAY).supplier();
        return supplier == null ? null : supplier.dipId();
    }

    private static byte[] supplier(String mpan, String supplierDipId) {
        return new PartyHistory(mpan, List.of(new Row(LocalDate.parse("2024-01-01"), supplierDipId, "SUPA")),
                List.of(), List.of()).toJson();
    }
}
