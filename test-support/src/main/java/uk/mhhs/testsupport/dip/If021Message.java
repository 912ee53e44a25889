package uk.mhhs.testsupport.dip;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A valid IF-021 {@code [ActivePower]} message as JSON text, written from the spec (IF-021-Payload, schema
 * version 011: S0, S1, A0, M0; B044, B067, B900 with one UTC settlement day of 48 periods), with every field
 * changeable so tests can break exactly one thing. JDK only, so any test or benchmark can use it.
 *
 * <pre>
 * String body = If021Message.from("9900000003").periodValue(0, "1.5").toBatchJson();
 * </pre>
 */
public final class If021Message {

    private static final DateTimeFormatter DIP_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() & 0xFFFFFFFFL);

    private String interfaceId = "IF-021";
    private String schemaVersion = "011";
    private String eventCode = "[ActivePower]";
    private String senderDipId;
    private String senderRole = "SDS";
    private String senderUniqueReference;
    private Instant senderTimestamp = Instant.now().minusSeconds(5);
    private String correlationId;
    private String connectionProviderId;
    private List<String> primaryRecipients = List.of();
    private String mpanCore = "2000056535971";
    private String distributorDipId = "2300000001";
    private String gspGroup = "_K";
    private LocalDate settlementDay = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    private String[] values = new String[48];
    private final String[] qualities = new String[48];
    private String connectionType = "W";
    private String quantity = "AI";
    private String transactionId;
    private boolean lowerCaseKeys;

    private If021Message(String senderDipId) {
        this.senderDipId = senderDipId;
        this.senderUniqueReference = newReference(senderDipId, senderRole);
        this.correlationId = "CI-" + SEQUENCE.incrementAndGet();
        for (int i = 0; i < values.length; i++) {
            int thousandths = (i * 37) % 1000; // "%d.%03d" without Formatter: streams build 100,000s of these
            values[i] = (i % 3) + (thousandths < 10 ? ".00" : thousandths < 100 ? ".0" : ".") + thousandths;
        }
    }

    /** A valid message from {@code senderDipId} in role SDS, with a fresh senderUniqueReference. */
    public static If021Message from(String senderDipId) {
        return new If021Message(senderDipId);
    }

    /** A fresh reference {@code S-IF-021-<DIP ID>-<role>-<yyyyMMdd>-<unique>}. */
    public static String newReference(String senderDipId, String role) {
        return "S-IF-021-" + senderDipId + "-" + role + "-" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "")
                + "-" + Long.toHexString(System.currentTimeMillis()) + Long.toHexString(SEQUENCE.incrementAndGet());
    }

    public If021Message interfaceId(String value) { interfaceId = value; return this; }
    public If021Message schemaVersion(String value) { schemaVersion = value; return this; }
    public If021Message eventCode(String value) { eventCode = value; return this; }
    public If021Message senderRole(String value) { senderRole = value; return this; }
    public If021Message senderUniqueReference(String value) { senderUniqueReference = value; return this; }
    public If021Message senderTimestamp(Instant value) { senderTimestamp = value; return this; }
    public If021Message correlationId(String value) { correlationId = value; return this; }
    public If021Message connectionProviderId(String value) { connectionProviderId = value; return this; }
    public If021Message primaryRecipients(List<String> value) { primaryRecipients = List.copyOf(value); return this; }
    public If021Message mpanCore(String value) { mpanCore = value; return this; }
    public If021Message distributorDipId(String value) { distributorDipId = value; return this; }
    public If021Message settlementDay(LocalDate value) { settlementDay = value; return this; }

    /** Sets {@code v} of period {@code index} (0–47) to {@code value} as given, e.g. an invalid {@code "1.5"}. */
    public If021Message periodValue(int index, String value) {
        values[index] = value;
        return this;
    }

    /** Sets every period's {@code v} to {@code value}. */
    public If021Message allPeriods(String value) {
        java.util.Arrays.fill(values, value);
        return this;
    }

    /** Sets {@code q} of period {@code index} (default {@code A}); a code other than an actual one gets {@code e} 2. */
    public If021Message quality(int index, String q) {
        qualities[index] = q;
        return this;
    }

    public If021Message gspGroup(String value) { gspGroup = value; return this; }
    public If021Message connectionType(String value) { connectionType = value; return this; }
    public If021Message quantity(String value) { quantity = value; return this; }

    /**
     * Adds the D0 block the DIP puts on a delivered message ({@link #toPubJson()}), with this transaction ID.
     */
    public If021Message delivered(String value) { transactionId = value; return this; }

    /** Writes the block and key names in lower case, as a client may (the DIP ignores key case). */
    public If021Message lowerCaseKeys() {
        lowerCaseKeys = true;
        return this;
    }

    public String senderUniqueReference() {
        return senderUniqueReference;
    }

    public String senderDipId() {
        return senderDipId;
    }

    public String correlationId() {
        return correlationId;
    }

    public String mpanCore() {
        return mpanCore;
    }

    /** The {@code payload} object. */
    public String toPayloadJson() {
        Instant dayStart = settlementDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> periods = new ArrayList<>(48);
        for (int i = 0; i < 48; i++) {
            periods.add("{" + field("sp", DIP_TIME.format(dayStart.plusSeconds(1800L * (i + 1)))) + ","
                    + field("v", values[i]) + "," + field("q", qualities[i] == null ? "A" : qualities[i]) + ","
                    + field("e", qualities[i] == null || qualities[i].startsWith("A") ? null : "2") + ","
                    + field("arc", null) + "}");
        }
        return "{" + key("CommonBlock") + "{"
                + key("S0") + "{" + field("interfaceID", interfaceId) + "," + field("schemaVersion", schemaVersion)
                + "," + field("eventCode", eventCode) + "},"
                + key("S1") + "{" + field("environmentTag", "SIT") + "," + field("subText", null) + ","
                + field("senderUniqueReference", senderUniqueReference) + ","
                + field("senderTimestamp", DIP_TIME.format(senderTimestamp.truncatedTo(ChronoUnit.SECONDS))) + ","
                + field("senderDIPID", senderDipId) + "," + field("senderRoleID", senderRole) + ","
                + field("senderCorrelationID", correlationId) + ","
                + field("DIPConnectionProviderID", connectionProviderId) + "},"
                + key("A0") + "{" + key("primaryRecipients") + array(primaryRecipients) + ","
                + key("secondaryRecipients") + "[]," + key("always") + "[]},"
                + key("M0") + "{" + field("MPANCore", mpanCore) + "," + field("distributorDIPID", distributorDipId)
                + "," + field("GSPGroupID", gspGroup) + "}" + d0() + "},"
                + key("CustomBlock") + "{"
                + key("B044") + "{" + field("issuingDataServiceDIPID", senderDipId) + "},"
                + key("B067") + "{" + field("connectionTypeIndicator", connectionType) + ","
                + field("connectionTypeEffectiveFromDate", "2024-01-01T00:00:00+00:00") + "},"
                + key("B900") + "{" + key("MQID") + "{" + field("measurementQuantityID", quantity) + "},"
                + key("settlementDayConsumptionPeriods") + "[{" + key("settlementDay") + "{"
                + field("settlementDayDate", DIP_TIME.format(dayStart)) + "," + key("periodDuration") + "30},"
                + key("consumptionPeriods") + "[" + String.join(",", periods) + "]}]}}}";
    }

    /** {@code {"payload": ...}}, one element of a batch (and the value of a dip.submissions record). */
    public String toMessageJson() {
        return "{" + key("payload") + toPayloadJson() + "}";
    }

    /** As a PUB record on {@code dip.pub.021}: {@code {"payload": ...}} with the D0 of {@link #delivered}. */
    public String toPubJson() {
        if (transactionId == null) {
            throw new IllegalStateException("delivered(transactionId) first: a PUB carries D0");
        }
        return toMessageJson();
    }

    private String d0() {
        if (transactionId == null) {
            return "";
        }
        return "," + key("D0") + "{" + field("transactionID", transactionId) + ","
                + field("transactionTimestamp", DIP_TIME.format(senderTimestamp.truncatedTo(ChronoUnit.SECONDS))) + ","
                + field("publicationID", "PUB-021") + "," + field("initialCorrelationID", correlationId) + ","
                + key("replayIndicator") + "false," + field("serviceTicketURL", null) + "}";
    }

    /** A batch of this one message, the body of {@code POST /dip-channel/IF-021}. */
    public String toBatchJson() {
        return "[" + toMessageJson() + "]";
    }

    /** A batch of several messages. */
    public static String batchOf(If021Message... messages) {
        List<String> elements = new ArrayList<>();
        for (If021Message message : messages) {
            elements.add(message.toMessageJson());
        }
        return "[" + String.join(",", elements) + "]";
    }

    private String key(String name) {
        return quote(lowerCaseKeys ? name.toLowerCase(Locale.ROOT) : name) + ":";
    }

    private String field(String name, String value) {
        return key(name) + (value == null ? "null" : quote(value));
    }

    private static String array(List<String> ids) {
        List<String> quoted = new ArrayList<>();
        ids.forEach(id -> quoted.add(quote(id)));
        return "[" + String.join(",", quoted) + "]";
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
