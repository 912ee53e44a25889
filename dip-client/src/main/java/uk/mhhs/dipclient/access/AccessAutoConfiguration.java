package uk.mhhs.dipclient.access;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Switches the {@link AccessFilter} on for every request of a servlet service that declares its
 * {@link ServiceAccess}, with the role tokens of {@link AccessProperties}. It runs just after the observation
 * filter (so refusals are counted in {@code http_server_requests}) and before anything reads a body.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
public class AccessAutoConfiguration {

    @Bean
    @ConditionalOnBean(ServiceAccess.class)
    FilterRegistrationBean<AccessFilter> accessFilter(ServiceAccess access, AccessProperties properties) {
        FilterRegistrationBean<AccessFilter> registration = new FilterRegistrationBean<>(
                new AccessFilter(access, properties.tokens()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
