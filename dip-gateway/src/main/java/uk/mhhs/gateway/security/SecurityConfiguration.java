package uk.mhhs.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's own signing credential. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    GatewayCredential gatewayCredential(SecurityProperties properties) {
        return GatewayCredentialLoader.load(properties.signing());
    }
}
