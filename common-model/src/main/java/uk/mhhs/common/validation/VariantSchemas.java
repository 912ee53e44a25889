package uk.mhhs.common.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.catalogue.InterfaceCatalogue;

/**
 * The generated payload schemas, each read and compiled once, on first use, then shared by every validator
 * in the JVM. Compiled networknt schemas are immutable and thread-safe once their validators are initialised,
 * which happens here, before a schema is handed out.
 */
final class VariantSchemas {

    /** A compiled payload schema and the key spelling it defines. */
    record Compiled(Schema schema, KeyCanonicaliser keys) {
    }

    private static final VariantSchemas SHARED = new VariantSchemas();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final ConcurrentMap<String, Compiled> compiled = new ConcurrentHashMap<>();

    private VariantSchemas() {
    }

    static VariantSchemas shared() {
        return SHARED;
    }

    /**
     * @param schemaResource a schema name from the catalogue, e.g. {@code IF-021-ActivePower.json}
     */
    Compiled get(String schemaResource) {
        return compiled.computeIfAbsent(schemaResource, this::compile);
    }

    private Compiled compile(String schemaResource) {
        String path = InterfaceCatalogue.schemaPath(schemaResource);
        JsonNode schemaNode;
        try (InputStream in = VariantSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Payload schema not on the classpath: " + path);
            }
            schemaNode = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + path), schemaNode);
        schema.initializeValidators();
        return new Compiled(schema, KeyCanonicaliser.forSchema(schemaNode));
    }
}
