package uk.mhhs.localsuite.compose;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's own files, read from the module's parent directory: the parent pom's modules and, for
 * each deployable one (a Spring Boot repackaged module with a {@code server.port}), the defaults its
 * {@code application.yml} declares.
 */
final class ProjectFiles {

    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").toAbsolutePath().normalize();
    static final YAMLMapper YAML = new YAMLMapper();

    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("\\$\\{[A-Za-z0-9_.]+:([^}]*)}");

    private ProjectFiles() {
    }

    /**
     * A deployable module and the defaults of its application.yml; {@code managementPort} is where actuator listens
     * ({@code management.server.port}, else {@code port}).
     */
    record DeployableModule(String name, int port, String dbUser, String dbPassword, String schema, String dipId,
                            int managementPort) {

        /** Whether actuator has a port of its own (the gateway: not on the participants' port). */
        boolean separateManagementPort() {
            return managementPort != port;
        }
    }

    static JsonNode yaml(String relativePath) {
        return YAML.readTree(ROOT.resolve(relativePath));
    }

    /** The modules listed in the parent pom (commented-out ones do not count). */
    static List<String> modules() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("pom.xml").toFile());
        Element modules = (Element) pom.getDocumentElement().getElementsByTagName("modules").item(0);
        NodeList list = modules.getElementsByTagName("module");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            names.add(list.item(i).getTextContent().trim());
        }
        return names;
    }

    static List<DeployableModule> deployableModules() throws Exception {
        List<DeployableModule> deployable = new ArrayList<>();
        for (String module : modules()) {
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            Path applicationYml = ROOT.resolve(module).resolve("src/main/resources/application.yml");
            if (!Files.exists(applicationYml) || !isRepackagedBootApp(Files.readString(pom))) {
                continue;
            }
            JsonNode yml = applicationYml(applicationYml);
            Optional<String> port = defaultOf(yml.path("server").path("port"));
            if (port.isEmpty()) {
                continue;
            }
            JsonNode datasource = yml.path("spring").path("datasource");
            deployable.add(new DeployableModule(module, Integer.parseInt(port.get()),
                    defaultOf(datasource.path("username")).orElseThrow(),
                    defaultOf(datasource.path("password")).orElseThrow(),
                    yml.path("spring").path("flyway").path("schemas").asString(),
                    defaultOf(yml.path("mhhs").path("dip").path("dip-id")).orElse(""),
                    Integer.parseInt(defaultOf(yml.path("management").path("server").path("port")).orElse(port.get()))));
        }
        return deployable;
    }

    /**
     * An application.yml as Spring reads it without profiles: its documents ({@code ---}) merged in order,
     * those activated only on a profile left out.
     */
    static JsonNode applicationYml(Path file) {
        ObjectNode merged = YAML.createObjectNode();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document.isObject() && document.path("spring").path("config").path("activate").isMissingNode()) {
                    merge(merged, (ObjectNode) document);
                }
            }
        }
        return merged;
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (var property : from.properties()) {
            JsonNode existing = into.get(property.getKey());
            if (existing instanceof ObjectNode target && property.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(property.getKey(), property.getValue());
            }
        }
    }

    /** {@code ${PORT:8081}} gives 8081; a plain value is its own default. */
    static Optional<String> defaultOf(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        String text = value.asString();
        Matcher placeholder = PLACEHOLDER_DEFAULT.matcher(text);
        return Optional.of(placeholder.matches() ? placeholder.group(1) : text);
    }

    private static boolean isRepackagedBootApp(String pom) {
        return pom.contains("<artifactId>spring-boot-maven-plugin</artifactId>") && pom.contains("repackage");
    }
}
