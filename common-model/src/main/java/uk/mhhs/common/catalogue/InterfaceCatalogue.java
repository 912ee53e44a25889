package uk.mhhs.common.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DIP channels of the official spec, read once from the generated {@code mhhs/catalogue/interfaces.json}
 * on the classpath. Immutable and thread-safe.
 *
 * <pre>
 * InterfaceDefinition if021 = InterfaceCatalogue.standard().find("if-021").orElseThrow();
 * </pre>
 */
public final class InterfaceCatalogue {

    /** Classpath folder of the generated catalogue. */
    public static final String RESOURCE_ROOT = "mhhs/catalogue/";
    /** Classpath folder of the generated payload schemas. */
    public static final String SCHEMA_ROOT = RESOURCE_ROOT + "schemas/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String dipApiVersion;
    private final List<String> roles;
    private final Map<String, InterfaceDefinition> byId;

    private InterfaceCatalogue(String dipApiVersion, List<String> roles, Map<String, InterfaceDefinition> byId) {
        this.dipApiVersion = dipApiVersion;
        this.roles = List.copyOf(roles);
        this.byId = byId;
    }

    /**
     * @return the catalogue generated from DIP API v2.1.0, loaded on first use
     */
    public static InterfaceCatalogue standard() {
        return Standard.CATALOGUE;
    }

    /**
     * @param interfaceId an interface id such as {@code IF-021}; matched ignoring case, as the DIP matches URLs
     * @return the channel, or empty if the spec has no such channel (e.g. IF-030, or {@code null})
     */
    public Optional<InterfaceDefinition> find(String interfaceId) {
        if (interfaceId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(interfaceId.trim().toUpperCase(Locale.ROOT)));
    }

    /**
     * @return every channel, in the spec's order (IFs, then REPs)
     */
    public Collection<InterfaceDefinition> all() {
        return byId.values();
    }

    /**
     * @return the version of the DIP API the catalogue was generated from, e.g. {@code 2.1.0}
     */
    public String dipApiVersion() {
        return dipApiVersion;
    }

    /**
     * @return the DIP role codes the catalogue uses, REGS first
     */
    public List<String> roles() {
        return roles;
    }

    /**
     * @param schemaResource a schema name from {@link InterfaceDefinition#eventSchemas()}
     * @return its classpath location, e.g. {@code mhhs/catalogue/schemas/IF-021-ActivePower.json}
     */
    public static String schemaPath(String schemaResource) {
        return SCHEMA_ROOT + schemaResource;
    }

    static InterfaceCatalogue read(InputStream interfacesJson) {
        JsonNode root = JSON.readTree(interfacesJson);
        Map<String, InterfaceDefinition> byId = new LinkedHashMap<>();
        for (JsonNode entry : root.path("interfaces")) {
            InterfaceDefinition definition = definition(entry);
            byId.put(definition.id().toUpperCase(Locale.ROOT), definition);
        }
        if (byId.isEmpty()) {
            throw new IllegalStateException("The interface catalogue lists no interfaces");
        }
        return new InterfaceCatalogue(root.path("dipApiVersion").asString(), strings(root.path("roles")),
                Collections.unmodifiableMap(byId));
    }

    private static InterfaceDefinition definition(JsonNode entry) {
        Map<String, String> eventSchemas = new LinkedHashMap<>();
        entry.path("eventSchemas").forEachEntry((event, schema) -> eventSchemas.put(event, schema.asString()));
        JsonNode name = entry.path("name");
        return new InterfaceDefinition(
                entry.path("id").asString(),
                entry.path("publicationId").asString(),
                name.isString() ? name.asString() : null,
                strings(entry.path("events")),
                strings(entry.path("schemaVersions")),
                strings(entry.path("senderRoles")),
                strings(entry.path("recipientRoles")),
                entry.path("routingKnown").asBoolean(),
                entry.path("m0Required").asBoolean(),
                entry.path("m1").asBoolean(),
                entry.path("r0").asBoolean(),
                eventSchemas);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** Lazy holder: the standard catalogue is read on first use, once, by the JVM's class initialisation. */
    private static final class Standard {
        static final InterfaceCatalogue CATALOGUE = load(RESOURCE_ROOT + "interfaces.json");

        private static InterfaceCatalogue load(String resource) {
            try (InputStream in = InterfaceCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Interface catalogue not on the classpath: " + resource);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
