package uk.mhhs.tools.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The unresolved YAML files of the DIP OpenAPI specification, read once each, and the resolution of the
 * relative {@code $ref}s between them ({@code './DataTypes-unresolved.yaml#/components/schemas/DT-003-DateTime'}
 * or {@code '#/components/schemas/B045'}).
 */
final class SpecDocuments {

    /** A node found by following a {@code $ref}, with the file it lives in (the base for its own refs). */
    record Located(String file, String pointer, JsonNode node) {
        String key() {
            return file + "#" + pointer;
        }
    }

    private final Path specDir;
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final Map<String, JsonNode> documents = new HashMap<>();

    SpecDocuments(Path specDir) {
        this.specDir = specDir;
    }

    /** The whole YAML document of one spec file, e.g. {@code SubmitEvents-unresolved.yaml}. */
    JsonNode document(String fileName) {
        return documents.computeIfAbsent(fileName, name -> {
            Path file = specDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("Spec file not found: " + file);
            }
            return yaml.readTree(file);
        });
    }

    /** Follows a {@code $ref} written in {@code currentFile}. */
    Located resolve(String currentFile, String ref) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        String file = filePart.isEmpty() ? currentFile : stripDotSlash(filePart);
        JsonNode node = document(file).at(JsonPointer.compile(pointer));
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("Unresolvable $ref '" + ref + "' in " + currentFile);
        }
        return new Located(file, pointer, node);
    }

    /** A schema under {@code components/schemas} of a file. */
    Located schema(String file, String schemaName) {
        return resolve(file, "#/components/schemas/" + schemaName);
    }

    private static String stripDotSlash(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }
}
