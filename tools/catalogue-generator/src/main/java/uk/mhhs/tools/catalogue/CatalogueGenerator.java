package uk.mhhs.tools.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates common-model's interface catalogue from the official DIP OpenAPI spec and DES138.
 *
 * <pre>
 * CatalogueGenerator &lt;spec-dir&gt; &lt;des138.json&gt; &lt;output-dir&gt;
 * </pre>
 *
 * Writes {@code interfaces.json}, {@code response-codes.json} and {@code schemas/<variant>.json} (one
 * self-contained JSON Schema per payload variant) into the output folder, replacing earlier output.
 */
public final class CatalogueGenerator {

    static final String INTERFACES = "Interfaces-EventCodes-unresolved.yaml";
    static final String GENERATED_BY = "tools/catalogue-generator from the DIP API spec and DES138; do not edit by hand";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path specDir;
    private final JsonNode des138;

    CatalogueGenerator(Path specDir, Path des138File) {
        this.specDir = specDir;
        this.des138 = MAPPER.readTree(des138File);
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: CatalogueGenerator <spec-dir> <des138.json> <output-dir>");
            System.exit(2);
        }
        Path output = Path.of(args[2]);
        Summary summary = new CatalogueGenerator(Path.of(args[0]), Path.of(args[1])).writeTo(output);
        System.out.printf("Wrote %d interfaces, %d schemas, %d response codes to %s%n",
                summary.interfaces(), summary.schemas(), summary.codes(), output.toAbsolutePath().normalize());
    }

    /** What one run wrote. */
    record Summary(int interfaces, int schemas, int codes) {
    }

    Summary writeTo(Path output) {
        SpecDocuments spec = new SpecDocuments(specDir);
        Des138Routing routing = new Des138Routing(des138);
        List<CatalogueEntry> entries = new SpecChannels(spec).read().stream()
                .map(channel -> new CatalogueEntry(channel, routing.of(channel.interfaceId())))
                .toList();
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        entries.forEach(entry -> entry.schemas().forEach((name, schema) -> {
            if (schemas.put(name, schema) != null) {
                throw new IllegalStateException("Two variants share the schema name " + name);
            }
        }));
        Map<String, ResponseCodeSources.CodeName> codes = ResponseCodeSources.read(specDir, des138);

        Path schemaDir = output.resolve("schemas");
        replaceDirectory(schemaDir);
        schemas.forEach((name, schema) -> write(schemaDir.resolve(name), schema));
        write(output.resolve("interfaces.json"), interfacesJson(spec, entries));
        write(output.resolve("response-codes.json"), responseCodesJson(codes));
        return new Summary(entries.size(), schemas.size(), codes.size());
    }

    private static ObjectNode interfacesJson(SpecDocuments spec, List<CatalogueEntry> entries) {
        ObjectNode root = JSON.objectNode();
        root.put("generatedBy", GENERATED_BY);
        root.put("dipApiVersion", spec.document(INTERFACES).path("info").path("version").asString());
        ArrayNode roles = root.putArray("roles");
        RoleProse.ROLES.forEach(roles::add);
        ArrayNode interfaces = root.putArray("interfaces");
        entries.forEach(entry -> interfaces.add(entry.toJson()));
        return root;
    }

    private static ObjectNode responseCodesJson(Map<String, ResponseCodeSources.CodeName> codes) {
        ObjectNode root = JSON.objectNode();
        root.put("generatedBy", GENERATED_BY);
        ArrayNode list = root.putArray("codes");
        codes.values().forEach(code -> list.addObject()
                .put("code", code.code())
                .put("text", code.text())
                .put("source", code.source()));
        return root;
    }

    private static void write(Path file, JsonNode json) {
        ObjectWriter writer = MAPPER.writerWithDefaultPrettyPrinter();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, writer.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replaceDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> old = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(old::add);
            }
            for (Path file : old) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
