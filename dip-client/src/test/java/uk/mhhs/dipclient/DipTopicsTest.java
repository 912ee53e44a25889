package uk.mhhs.dipclient;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DipTopicsTest {

    private final DipTopics topics = new DipTopics("t1.");

    @Test
    void an_interface_and_its_publication_share_one_topic() {
        assertThat(topics.publication("IF-021")).isEqualTo("t1.dip.pub.021");
        assertThat(topics.publication("PUB-021")).isEqualTo("t1.dip.pub.021");
        assertThat(topics.publication("if-021")).isEqualTo("t1.dip.pub.021");
    }

    @Test
    void reports_do_not_share_the_topic_of_the_interface_with_the_same_number() {
        assertThat(topics.publication("REP-002")).isEqualTo("t1.dip.rep.002");
        assertThat(topics.publication("REP-002A")).isEqualTo("t1.dip.rep.002a");
        assertThat(topics.publication("IF-002")).isEqualTo("t1.dip.pub.002");
    }

    @Test
    void fixed_topics_and_dead_letters() {
        assertThat(topics.submissions()).isEqualTo("t1.dip.submissions");
        assertThat(topics.status()).isEqualTo("t1.dip.status");
        assertThat(topics.registrationParties()).isEqualTo("t1.registration.parties");
        assertThat(DipTopics.deadLetter("t1.dip.pub.021")).isEqualTo("t1.dip.pub.021.dlt");
    }
}
