package uk.mhhs.localsuite;

import uk.mhhs.localsuite.services.SuiteService;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * LOCAL DEVELOPMENT ONLY: the operator token of every service of the local suite, generated once into the suite's
 * home ({@code operator-tokens.properties}, owner-only) and given to each service as its {@code <X>_OPERATOR_TOKEN}
 * (VAS also gets MDS's, to ask MDS for runs), so the demo market day and an operator at this machine can call the
 * operator APIs. An explicit {@code --local-suite.environment.<service>.[<X>_OPERATOR_TOKEN]} wins over the generated
 * one, and is what {@link #token} then answers. Never a production secret: production sets the variables itself.
 */
public final class OperatorTokens {

    static final String FILE = "operator-tokens.properties";

    /** The environment variable and request header of each service's operator token. */
    public enum Kind {
        ISD(SuiteService.INDUSTRY_STANDING_DATA, "ISD_OPERATOR_TOKEN", "X-ISD-Operator-Token"),
        REG(SuiteService.REGISTRATION_SERVICE, "REG_OPERATOR_TOKEN", "X-REG-Operator-Token"),
        DS(SuiteService.DATA_SERVICE, "DS_OPERATOR_TOKEN", "X-DS-Operator-Token"),
        LSS(SuiteService.LOAD_SHAPING_SERVICE, "LSS_OPERATOR_TOKEN", "X-LSS-Operator-Token"),
        MDS(SuiteService.MARKET_WIDE_DATA_SERVICE, "MDS_OPERATOR_TOKEN", "X-MDS-Operator-Token"),
        VAS(SuiteService.VOLUME_ALLOCATION_SERVICE, "VAS_OPERATOR_TOKEN", "X-VAS-Operator-Token");

        final SuiteService service;
        final String variable;
        final String header;

        Kind(SuiteService service, String variable, String header) {
            this.service = service;
            this.variable = variable;
            this.header = header;
        }

        public String header() {
            return header;
        }

        public String variable() {
            return variable;
        }

        static Optional<Kind> of(SuiteService service) {
            for (Kind kind : values()) {
                if (kind.service == service) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private final Map<SuiteService, String> tokens;

    private OperatorTokens(Map<SuiteService, String> tokens) {
        this.tokens = tokens;
    }

    /** No tokens (a suite started without them). */
    public static OperatorTokens none() {
        return new OperatorTokens(new EnumMap<>(SuiteService.class));
    }

    /** Reads the home's tokens, generating the missing ones; explicit environment settings win. */
    public static OperatorTokens forSuite(LocalSuiteProperties settings) throws IOException {
        Path file = settings.homeDirectory().resolve(FILE);
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(in);
            }
        }
        boolean changed = false;
        SecureRandom random = new SecureRandom();
        Map<SuiteService, String> tokens = new EnumMap<>(SuiteService.class);
        for (Kind kind : Kind.values()) {
            String token = stored.getProperty(kind.variable);
            if (token == null || token.isBlank()) {
                byte[] bytes = new byte[24];
                random.nextBytes(bytes);
                token = "local-dev-" + HexFormat.of().formatHex(bytes);
                stored.setProperty(kind.variable, token);
                changed = true;
            }
            String explicit = settings.environment(kind.service).get(kind.variable);
            tokens.put(kind.service, explicit != null ? explicit : token);
        }
        if (changed) {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                stored.store(out, "LOCAL DEVELOPMENT ONLY: generated operator tokens of the local suite's services");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps its default permissions
            }
        }
        return new OperatorTokens(tokens);
    }

    /** The operator token {@code service} accepts, if it has one. */
    public Optional<String> token(SuiteService service) {
        return Optional.ofNullable(tokens.get(service));
    }

    /** The header {@code service} reads its operator token from (empty for the gateway). */
    public static Optional<String> header(SuiteService service) {
        return Kind.of(service).map(Kind::header);
    }

    /** The environment that gives {@code service} its token (and VAS the MDS token it calls MDS with). */
    public Map<String, String> environment(SuiteService service) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        Kind.of(service).ifPresent(kind -> env.put(kind.variable, tokens.get(service)));
        if (service == SuiteService.VOLUME_ALLOCATION_SERVICE && tokens.containsKey(SuiteService.MARKET_WIDE_DATA_SERVICE)) {
            env.put(Kind.MDS.variable, tokens.get(SuiteService.MARKET_WIDE_DATA_SERVICE));
        }
        return env;
    }
}
