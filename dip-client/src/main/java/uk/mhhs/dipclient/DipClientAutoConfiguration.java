package uk.mhhs.dipclient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Auto-configuration of the DIP client: topic names, outbox, inbox. */
@AutoConfiguration
@EnableConfigurationProperties(DipClientProperties.class)
public class DipClientAutoConfiguration {

    @Bean
    DipTopics dipTopics(DipClientProperties properties) {
        return new DipTopics(properties.topicPrefix());
    }
}
