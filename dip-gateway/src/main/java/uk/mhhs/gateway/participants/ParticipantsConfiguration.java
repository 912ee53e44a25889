package uk.mhhs.gateway.participants;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Registers {@link ParticipantsProperties}; scheduling drives the registry's periodic reload. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ParticipantsConfiguration {
}
