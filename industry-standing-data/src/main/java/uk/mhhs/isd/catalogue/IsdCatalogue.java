package uk.mhhs.isd.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every ISD entity this service holds, in dependency order (an entity only references earlier ones). */
public final class IsdCatalogue {

    private final Map<String, EntityDefinition> entities = new LinkedHashMap<>();

    public IsdCatalogue(List<EntityDefinition> definitions) {
        definitions.forEach(d -> entities.put(d.name(), d));
    }

    public List<EntityDefinition> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<EntityDefinition> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }
}
