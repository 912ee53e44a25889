package uk.mhhs.testsupport;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.Map;
import java.util.Objects;

/** Adds the real servers' connection properties, with the highest precedence, to a test context. */
final class RealServersContextCustomizer implements ContextCustomizer {

    private final String name;

    RealServersContextCustomizer(String name) {
        this.name = TestPostgres.sanitise(name);
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("realServers:" + name, RealServersProperties.forName(name)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RealServersContextCustomizer other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
