package uk.mhhs.dipclient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.CommonBlock;
import uk.mhhs.common.envelope.DipMessage;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxWriter;

/**
 * Submits this service's IF messages to the DIP: writes them through the transactional outbox to
 * {@link DipTopics#submissions()}, keyed by MPAN core so that one MPAN's messages stay in order. Joins
 * the caller's transaction exactly as {@link OutboxWriter} does.
 *
 * <p>The message is sent as given, in the official envelope {@code {"payload":{"CommonBlock":…,
 * "CustomBlock":…}}}; nothing is filled in here. {@link DipSenderBlocks} helps to build S0 and S1.
 */
public class DipOutbox {

    private final OutboxWriter writer;
    private final DipTopics topics;

    public DipOutbox(OutboxWriter writer, DipTopics topics) {
        this.writer = writer;
        this.topics = topics;
    }

    /**
     * Enqueues one IF message.
     *
     * @param dipMessage the message, {@code {"payload":{"CommonBlock":…,"CustomBlock":…}}}, or just its payload
     *                   {@code {"CommonBlock":…,"CustomBlock":…}}, which is then wrapped in {@code {"payload":…}}
     * @param mpanKey    the MPAN core (M0) the message is about, or {@code null} if it has none
     * @throws IllegalArgumentException if the node is neither a message nor a payload
     */
    public void submit(JsonNode dipMessage, String mpanKey) {
        JsonNode message;
        if (dipMessage != null && dipMessage.path("payload").isObject()) {
            message = dipMessage;
        } else if (dipMessage != null && dipMessage.path("CommonBlock").isObject()) {
            ObjectNode wrapped = JsonMapper.shared().createObjectNode();
            wrapped.set("payload", dipMessage);
            message = wrapped;
        } else {
            throw new IllegalArgumentException("a DIP message is {\"payload\":{\"CommonBlock\":…}} or its payload");
        }
        writer.enqueue(new OutboxRecord(topics.submissions(), mpanKey, JsonMapper.shared().writeValueAsBytes(message)));
    }

    /**
     * Enqueues one IF message, keyed by its M0 MPAN core (M1 principal MPAN on IF-019/020; no key if
     * neither is present).
     */
    public void submit(DipMessage message) {
        writer.enqueue(new OutboxRecord(topics.submissions(), mpanKeyOf(message),
                Envelopes.mapper().writeValueAsBytes(message)));
    }

    /** A message already in its wire form: its MPAN key and its JSON bytes. */
    public record Submission(String mpanKey, byte[] json) {
    }

    /** Enqueues many IF messages, already serialised, in one batch. */
    public void submitAll(java.util.List<Submission> messages) {
        writer.enqueueAll(messages.stream().map(m -> new OutboxRecord(topics.submissions(), m.mpanKey(), m.json()))
                .toList());
    }

    private static String mpanKeyOf(DipMessage message) {
        CommonBlock common = message.payload() == null ? null : message.payload().commonBlock();
        if (common == null) {
            throw new IllegalArgumentException("a DIP message needs a payload with a CommonBlock");
        }
        if (common.m0() != null) {
            return common.m0().mpanCore();
        }
        return common.m1() == null ? null : common.m1().principalMPAN();
    }
}
