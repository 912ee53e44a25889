package uk.mhhs.gateway.routing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dipclient.DipTopicProperties;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.TestKafka;

/** What the routing tests that feed the registration topic share. */
final class RegistrationPartiesTopic {

    private RegistrationPartiesTopic() {
    }

    /** Declares the compacted {@code registration.parties} topic, as the registration service does, if missing. */
    static void create(DipTopics topics) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.instance().bootstrapServers()))) {
            admin.createTopics(List.of(new DipTopicProperties(3, 0).declareCompacted(topics.registrationParties())))
                    .all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A valid MPAN core of distributor 20 that no other test uses. */
    static String newMpan() {
        String first12 = "20" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        return first12 + MpanCore.checkDigitFor(first12);
    }
}
