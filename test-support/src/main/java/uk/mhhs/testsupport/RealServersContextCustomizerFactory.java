package uk.mhhs.testsupport;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

import java.util.List;

/** Registered in {@code META-INF/spring.factories}: applies {@link RealServers} to Spring tests. */
public class RealServersContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        var annotation = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .get(RealServers.class);
        if (!annotation.isPresent()) {
            return null;
        }
        String database = annotation.getString("database");
        return new RealServersContextCustomizer(database.isEmpty() ? testClass.getSimpleName() : database);
    }
}
