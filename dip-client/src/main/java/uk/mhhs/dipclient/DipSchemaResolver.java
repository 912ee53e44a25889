package uk.mhhs.dipclient;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * Finds the service's schema in its configuration: {@code spring.flyway.default-schema}, else the first
 * of {@code spring.flyway.schemas}, else {@code spring.datasource.hikari.schema}; {@code null} if none is
 * set (the connection's current schema is then used).
 */
final class DipSchemaResolver {

    private DipSchemaResolver() {
    }

    static String resolve(Environment environment) {
        Binder binder = Binder.get(environment);
        String defaultSchema = binder.bind("spring.flyway.default-schema", String.class).orElse(null);
        if (defaultSchema != null && !defaultSchema.isBlank()) {
            return defaultSchema.trim();
        }
        List<String> schemas = binder.bind("spring.flyway.schemas", Bindable.listOf(String.class)).orElse(List.of());
        if (!schemas.isEmpty() && !schemas.get(0).isBlank()) {
            return schemas.get(0).trim();
        }
        String hikari = binder.bind("spring.datasource.hikari.schema", String.class).orElse(null);
        return hikari == null || hikari.isBlank() ? null : hikari.trim();
    }
}
