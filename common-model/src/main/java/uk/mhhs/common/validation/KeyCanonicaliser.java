package uk.mhhs.common.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the keys of an incoming JSON tree to the spelling of a JSON Schema's {@code properties}, as the
 * DIP ignores key case on ingress: {@code commonblock} becomes {@code CommonBlock}, {@code MPANcore} becomes
 * {@code MPANCore}. Values are never touched (they are case-sensitive). A key the schema does not know stays
 * as it is, so that {@code additionalProperties: false} still rejects it; so does a second spelling of a key
 * already present in its official spelling.
 *
 * <p>Built once per schema ({@link #forSchema}); immutable and thread-safe.
 */
public final class KeyCanonicaliser {

    private static final KeyCanonicaliser LEAF = new KeyCanonicaliser(Map.of(), null);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** An official key and what its value's keys are. */
    private record Key(String officialName, KeyCanonicaliser value) {
    }

    private final Map<String, Key> keysByLowerCase;
    private final Map<String, Key> keysByOfficialName;
    private final KeyCanonicaliser items;

    private KeyCanonicaliser(Map<String, Key> keysByLowerCase, KeyCanonicaliser items) {
        this.keysByLowerCase = keysByLowerCase;
        Map<String, Key> official = new LinkedHashMap<>();
        keysByLowerCase.values().forEach(key -> official.put(key.officialName(), key));
        this.keysByOfficialName = Map.copyOf(official);
        this.items = items;
    }

    /**
     * @param jsonSchema a self-contained JSON Schema (no {@code $ref}), e.g. a generated payload schema
     * @return the canonicaliser for trees that schema describes
     */
    public static KeyCanonicaliser forSchema(JsonNode jsonSchema) {
        Map<String, Key> keys = new LinkedHashMap<>();
        KeyCanonicaliser items = null;
        for (JsonNode schema : withAlternatives(jsonSchema)) {
            schema.path("properties").forEachEntry((name, propertySchema) ->
                    keys.putIfAbsent(name.toLowerCase(Locale.ROOT), new Key(name, forSchema(propertySchema))));
            if (items == null && schema.path("items").isObject()) {
                items = forSchema(schema.path("items"));
            }
        }
        return keys.isEmpty() && items == null ? LEAF : new KeyCanonicaliser(Map.copyOf(keys), items);
    }

    /**
     * @param tree an incoming JSON tree (not changed)
     * @return the tree with known keys in official spelling, in the incoming order: {@code tree} itself when every
     *         key in it already has that spelling (the common case, so nothing is copied), else a copy; change
     *         neither afterwards
     */
    public JsonNode canonicalise(JsonNode tree) {
        return isCanonical(tree) ? tree : copyCanonical(tree);
    }

    /** Whether every key the schema knows is already in its official spelling, at every depth. */
    private boolean isCanonical(JsonNode tree) {
        if (tree == null) {
            return true;
        }
        if (tree.isObject()) {
            if (keysByLowerCase.isEmpty()) {
                return true;
            }
            for (Map.Entry<String, JsonNode> property : tree.properties()) {
                String name = property.getKey();
                Key key = keysByOfficialName.get(name);
                if (key != null) {
                    if (!key.value().isCanonical(property.getValue())) {
                        return false;
                    }
                } else if (keysByLowerCase.containsKey(name.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }
        if (tree.isArray()) {
            KeyCanonicaliser elements = items == null ? LEAF : items;
            if (elements.keysByLowerCase.isEmpty() && elements.items == null) {
                return true;
            }
            for (JsonNode element : tree) {
                if (!elements.isCanonical(element)) {
                    return false;
                }
            }
            return true;
        }
        return true;
    }

    private JsonNode copyCanonical(JsonNode tree) {
        if (tree == null) {
            return null;
        }
        if (tree.isObject()) {
            return canonicaliseObject(tree);
        }
        if (tree.isArray()) {
            ArrayNode copy = JSON.arrayNode(tree.size());
            KeyCanonicaliser elements = items == null ? LEAF : items;
            tree.forEach(element -> copy.add(elements.canonicalise(element)));
            return copy;
        }
        return tree;
    }

    /**
     * @param path names and indexes from the root of the schema's tree (as in a JSON pointer)
     * @return the official keys of the object at that place, empty if none are known
     */
    Set<String> officialKeysAt(List<Object> path) {
        KeyCanonicaliser node = this;
        for (Object element : path) {
            if (element instanceof Integer) {
                node = node.items == null ? LEAF : node.items;
            } else {
                Key key = node.keysByLowerCase.get(element.toString().toLowerCase(Locale.ROOT));
                node = key == null ? LEAF : key.value();
            }
        }
        Set<String> names = new TreeSet<>();
        node.keysByLowerCase.values().forEach(key -> names.add(key.officialName()));
        return Collections.unmodifiableSet(names);
    }

    private JsonNode canonicaliseObject(JsonNode tree) {
        if (keysByLowerCase.isEmpty()) {
            return tree.deepCopy();
        }
        // Keys already in official spelling claim their name first, whatever their position.
        Set<String> taken = new HashSet<>();
        tree.propertyNames().forEach(name -> {
            Key key = keysByLowerCase.get(name.toLowerCase(Locale.ROOT));
            if (key != null && key.officialName().equals(name)) {
                taken.add(name);
            }
        });
        ObjectNode copy = JSON.objectNode();
        for (Map.Entry<String, JsonNode> property : tree.properties()) {
            String name = property.getKey();
            Key key = keysByLowerCase.get(name.toLowerCase(Locale.ROOT));
            if (key == null || (!key.officialName().equals(name) && !taken.add(key.officialName()))) {
                copy.set(name, property.getValue().deepCopy());
            } else {
                copy.set(key.officialName(), key.value().canonicalise(property.getValue()));
            }
        }
        return copy;
    }

    private static List<JsonNode> withAlternatives(JsonNode schema) {
        List<JsonNode> all = new ArrayList<>();
        all.add(schema);
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            schema.path(combinator).forEach(all::add);
        }
        return all;
    }
}
