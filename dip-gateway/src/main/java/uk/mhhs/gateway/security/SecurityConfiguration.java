package uk.mhhs.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The gateway's own signing credential. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    GatewayCredential gatewayCredential(SecurityProperties properties, Environment environment) {
        return GatewayCredentialLoader.load(properties.signing(), DevelopmentCredentials.allowed(environment));
    }
}
