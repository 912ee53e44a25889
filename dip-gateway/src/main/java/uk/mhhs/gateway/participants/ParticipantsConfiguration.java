package uk.mhhs.gateway.participants;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Registers {@link ParticipantsProperties}; scheduling drives the registry's periodic reload. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParticipantsProperties.class)
@EnableScheduling
class ParticipantsConfiguration {
}
