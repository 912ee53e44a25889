package uk.mhhs.dipclient;

import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.A0;
import uk.mhhs.common.envelope.CommonBlock;
import uk.mhhs.common.envelope.DipMessage;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.common.envelope.Payload;
import uk.mhhs.common.envelope.S0;
import uk.mhhs.common.envelope.S1;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds the sender blocks of this service's IF messages from {@link DipClientProperties}: S0 with
 * schema version {@value #SCHEMA_VERSION} (or, for an interface whose catalogue entry does not allow it — the REP
 * reports are at {@code 008} — the first version the catalogue lists), and S1 with a fresh {@code senderUniqueReference}
 * ({@code S-IF-021-9900000005-MDS-20261123-1F3A9C0B2D4E6F70}), a 25-character
 * {@code senderTimestamp} in UTC ({@code 2026-11-23T15:05:00+00:00}), this service's DIP ID, role and
 * environment tag, and no sub-text, correlation ID or connection provider.
 */
public final class DipSenderBlocks {

    /** S0 schema version of the DIP specification v2.1.0. */
    public static final String SCHEMA_VERSION = "011";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final DipClientProperties properties;
    private final Clock clock;

    public DipSenderBlocks(DipClientProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock.withZone(ZoneOffset.UTC);
    }

    /** {@code S0} of interface {@code interfaceId} (e.g. {@code IF-021}) with event code e.g. {@code [ActivePower]}. */
    public S0 s0(String interfaceId, String eventCode) {
        return new S0(interfaceId, schemaVersion(interfaceId), eventCode);
    }

    /**
     * {@value #SCHEMA_VERSION} when the catalogue allows it for {@code interfaceId} (or does not know the
     * interface), else the first version the catalogue lists for it.
     */
    static String schemaVersion(String interfaceId) {
        return uk.mhhs.common.catalogue.InterfaceCatalogue.standard().find(interfaceId)
                .filter(d -> !d.schemaVersions().isEmpty() && !d.allowsSchemaVersion(SCHEMA_VERSION))
                .map(d -> d.schemaVersions().get(0)).orElse(SCHEMA_VERSION);
    }

    /** {@code S1} with a fresh unique reference and the current time. */
    public S1 s1(String interfaceId) {
        return s1(interfaceId, properties.role());
    }

    /**
     * {@code S1} in {@code role} rather than the configured one: a service that holds several roles (the data
     * service is SDS, ADS and UMSDS under one DIP ID) sends each message in the role of its subject.
     */
    public S1 s1(String interfaceId, String role) {
        String upper = role.toUpperCase(Locale.ROOT);
        return new S1(properties.environmentTag(), null, senderUniqueReference(interfaceId, upper), senderTimestamp(),
                properties.dipId(), upper, null, null);
    }

    /** A complete message to primary recipients {@code primaryRecipients} (DIP IDs); {@code m0} may be null. */
    public DipMessage message(String interfaceId, String eventCode, List<String> primaryRecipients, M0 m0,
                              ObjectNode customBlock) {
        CommonBlock common = new CommonBlock(s0(interfaceId, eventCode), s1(interfaceId),
                A0.primary(primaryRecipients), m0, null, null, null);
        return new DipMessage(new Payload(common, customBlock));
    }

    /** {@code S-IF-021-<dipId>-<ROLE>-<yyyyMMdd>-<16 hex digits>}, unique per call. */
    public String senderUniqueReference(String interfaceId) {
        return senderUniqueReference(interfaceId, properties.role());
    }

    /**
     * {@code S-IF-021-<dipId>-<role>-<yyyyMMdd>-<16 hex digits>}, unique per call. A report with a letter after its
     * number (REP-002A, REP-003A) is named by its number alone ({@code S-REP-003-...}): the spec's pattern of the
     * reference, {@code ^S-((IF|REP)-)?\d{3,4}-...}, admits digits only there, even in those reports' own schemas.
     */
    public String senderUniqueReference(String interfaceId, String role) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        String named = interfaceId.toUpperCase(Locale.ROOT).replaceFirst("(\\d)[A-Z]+$", "$1");
        return "S-" + named + "-" + properties.dipId() + "-"
                + role.toUpperCase(Locale.ROOT) + "-" + DAY.format(clock.instant().atZone(ZoneOffset.UTC))
                + "-" + suffix;
    }

    /** The current time, to the second, in UTC, as 25 characters: {@code 2026-11-23T15:05:00+00:00}. */
    public String senderTimestamp() {
        return TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }
}
