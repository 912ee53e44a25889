package uk.mhhs.gateway.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the body limit ahead of every filter that could read a body (form parsing, for one). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** After the character-encoding and observation filters (so a 413 is still measured), before the rest. */
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimit limit) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(limit));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }
}
