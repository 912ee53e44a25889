package uk.mhhs.common.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every response code with its short name: the DIP API's list (MSG, RCP, REG, ECS, SP, DS) plus the codes
 * only DES138 has (newer REG codes, DSCA), read once from the generated
 * {@code mhhs/catalogue/response-codes.json}. Use it to write a business outcome such as
 * {@code "REG1021 - Requesting Supplier is not the Current Supplier"} into {@code R0.responseMessages}.
 */
public final class CodeBook {

    static final String RESOURCE = "mhhs/catalogue/response-codes.json";

    private final Map<String, String> textByCode;

    private CodeBook(Map<String, String> textByCode) {
        this.textByCode = Collections.unmodifiableMap(textByCode);
    }

    /**
     * @return the code book generated from DIP API v2.1.0 and DES138, loaded on first use
     */
    public static CodeBook standard() {
        return Standard.BOOK;
    }

    /**
     * @param code a code such as {@code REG1021} (case-sensitive)
     * @return its short name, e.g. {@code Requesting Supplier is not the Current Supplier}
     */
    public Optional<String> textOf(String code) {
        return Optional.ofNullable(textByCode.get(code));
    }

    /**
     * @param code a code such as {@code ECS1010}
     * @return the wire form {@code "ECS1010 - Consumption Value cannot be negative"}
     */
    public Optional<String> formatted(String code) {
        return textOf(code).map(text -> code + " - " + text);
    }

    /**
     * @return every code the book knows, in the order of the sources
     */
    public Set<String> codes() {
        return textByCode.keySet();
    }

    static CodeBook read(InputStream json) {
        Map<String, String> textByCode = new LinkedHashMap<>();
        JsonNode codes = JsonMapper.builder().build().readTree(json).path("codes");
        codes.forEach(entry -> textByCode.put(entry.path("code").asString(), entry.path("text").asString()));
        return new CodeBook(textByCode);
    }

    /** Lazy holder: read on first use, once. */
    private static final class Standard {
        static final CodeBook BOOK = load();

        private static CodeBook load() {
            try (InputStream in = CodeBook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Response codes not on the classpath: " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
