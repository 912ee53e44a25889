package uk.mhhs.tools.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Response codes and their short names.
 *
 * <p>The spec's ResponseCodes file lists the codes as an enum and gives each short name only in a YAML
 * comment ({@code -  MSG1001  #  Schema Failure}), so that file is read as text. DES138's
 * {@code rejectionCodesCatalogue} adds the codes the spec lacks (newer REG codes, DSCA codes); of each
 * entry only the {@code description} line is taken.
 */
final class ResponseCodeSources {

    static final String RESPONSE_CODES = "ResponseCodes-unresolved.yaml";

    /** One code, its short name and where it came from. */
    record CodeName(String code, String text, String source) {
    }

    private static final Pattern ENUM_LINE = Pattern.compile("^\\s*-\\s*([A-Z]{2,4}\\d{3,4})\\s*#\\s*(.*?)\\s*$");

    private ResponseCodeSources() {
    }

    /** All codes, spec first (it wins on a clash), then DES138's extra ones. */
    static Map<String, CodeName> read(Path specDir, JsonNode des138) {
        Map<String, CodeName> codes = new LinkedHashMap<>();
        fromSpec(specDir.resolve(RESPONSE_CODES)).forEach(codes::putIfAbsent);
        des138.path("rejectionCodesCatalogue").forEachEntry((code, entry) -> codes.putIfAbsent(code,
                new CodeName(code, shortName(code, entry.path("description").asString()), "DES138")));
        return codes;
    }

    private static Map<String, CodeName> fromSpec(Path file) {
        Map<String, CodeName> codes = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher matcher = ENUM_LINE.matcher(line);
                if (matcher.matches()) {
                    String code = matcher.group(1);
                    codes.putIfAbsent(code, new CodeName(code, shortName(code, matcher.group(2)), "DIP API"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("No response codes found in " + file);
        }
        return codes;
    }

    /**
     * Tidies a short name: drops a trailing full stop and a repeated {@code "<code> - <name>"} tail (the spec
     * has {@code "Address Information Insufficient or Invalid SP008 - Address Information ..."}).
     */
    static String shortName(String code, String text) {
        String name = text.replace('\u00a0', ' ').strip();
        int repeat = name.indexOf(" " + code + " - ");
        if (repeat > 0) {
            name = name.substring(0, repeat).trim();
        }
        name = name.replaceAll("\\s+", " ").strip();
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
