package uk.mhhs.dipclient.process;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.A0;
import uk.mhhs.common.envelope.CommonBlock;
import uk.mhhs.common.envelope.DipMessage;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.common.envelope.Payload;
import uk.mhhs.common.envelope.R0;
import uk.mhhs.common.envelope.S1;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.common.validation.ValidationResult;
import uk.mhhs.dipclient.DipOutbox;
import uk.mhhs.dipclient.DipSenderBlocks;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sends a service's IF messages: builds S0/S1 and A0, checks the whole message against the official schema of its
 * variant (a message that does not validate is a defect of the sender: it throws, so the transaction rolls back and
 * an incoming message that caused it is retried and then dead-lettered rather than a bad message going out),
 * enqueues it in the transactional outbox and logs it in {@code process_message}.
 */
public class Outbound {

    private final DipSenderBlocks senderBlocks;
    private final DipOutbox outbox;
    private final ProcessLog log;
    private final MessageValidator validator;

    public Outbound(DipSenderBlocks senderBlocks, DipOutbox outbox, ProcessLog log, Clock clock) {
        this.senderBlocks = senderBlocks;
        this.outbox = outbox;
        this.log = log;
        this.validator = new MessageValidator(MessageValidator.Mode.DIP, clock, Duration.ofMinutes(5));
    }

    /**
     * Sends one message in this service's own role ({@code mhhs.dip.role}).
     *
     * @param recipients primary recipients (DIP IDs); nulls and repeats are dropped, order kept
     * @param r0         the response block, or {@code null} for interfaces without one
     * @return the message as sent
     */
    public DipMessage send(String interfaceId, String eventCode, List<String> recipients, M0 m0, R0 r0,
                           ObjectNode customBlock) {
        return send(null, interfaceId, eventCode, recipients, m0, r0, customBlock);
    }

    /**
     * Sends one message in {@code role} (a service with several roles, e.g. SDS, ADS and UMSDS, says which one it
     * acts in; {@code null} for its configured role).
     */
    public DipMessage send(String role, String interfaceId, String eventCode, List<String> recipients, M0 m0,
                           R0 r0, ObjectNode customBlock) {
        List<String> to = new ArrayList<>(new LinkedHashSet<>(recipients.stream().filter(Objects::nonNull)
                .map(String::strip).toList()));
        if (to.isEmpty()) {
            throw new IllegalStateException(interfaceId + " " + eventCode + " has no recipient");
        }
        S1 s1 = role == null ? senderBlocks.s1(interfaceId) : senderBlocks.s1(interfaceId, role);
        CommonBlock common = new CommonBlock(senderBlocks.s0(interfaceId, eventCode), s1, A0.primary(to), m0, null,
                null, r0);
        DipMessage message = new DipMessage(new Payload(common, customBlock));
        JsonNode payload = Envelopes.mapper().valueToTree(message.payload());
        ValidationResult result = validator.validate(interfaceId, payload);
        if (!result.isValid()) {
            throw new IllegalStateException(interfaceId + " " + eventCode + " does not validate against the spec: "
                    + result.violations().stream().map(v -> v.code() + " " + v.jsonPath() + " " + v.reason())
                    .collect(Collectors.joining("; ")));
        }
        outbox.submit(message);
        log.sent(interfaceId, eventCode, m0 == null ? null : m0.mpanCore(), s1.senderUniqueReference(), to,
                r0 == null ? List.of() : r0.responseMessages().stream().filter(Objects::nonNull)
                        .map(m -> m.length() >= 7 ? m.substring(0, 7) : m).toList());
        return message;
    }
    /**
     * A message to send in bulk: the same parts as {@link #send(String, String, String, List, M0, R0, ObjectNode)}.
     */
    public record Draft(String role, String interfaceId, String eventCode, List<String> recipients, M0 m0, R0 r0,
                        ObjectNode customBlock) {
    }

    /**
     * Sends many messages in one go (the caller's transaction), each logged in {@code process_message}; see
     * {@link #sendAll(List, boolean)}.
     */
    public List<DipMessage> sendAll(List<Draft> drafts) {
        return sendAll(drafts, true);
    }

    /**
     * Sends many messages in one go (the caller's transaction): each is built and validated exactly as by
     * {@code send}; if any does not validate, none is sent. Each message is turned into JSON once: the envelope is
     * put around the caller's CustomBlock tree (not copied), that tree is validated, and its bytes go to the outbox.
     * The outbox rows (and log rows) are written in batches, which is what lets a data service send a market's day
     * of IF-021 at thousands a second.
     *
     * @param log whether to log each message in {@code process_message}; a caller that keeps its own record of
     *            what it sent (the data service's {@code sent_day}, with the reference) may leave it out
     * @return the messages as sent, in order (their CommonBlock; the CustomBlock is the caller's tree)
     */
    public List<DipMessage> sendAll(List<Draft> drafts, boolean log) {
        List<DipMessage> messages = new ArrayList<>(drafts.size());
        List<DipOutbox.Submission> submissions = new ArrayList<>(drafts.size());
        List<ProcessLog.Sent> sent = log ? new ArrayList<>(drafts.size()) : List.of();
        tools.jackson.databind.json.JsonMapper mapper = Envelopes.mapper();
        for (Draft draft : drafts) {
            List<String> to = new ArrayList<>(new LinkedHashSet<>(draft.recipients().stream()
                    .filter(Objects::nonNull).map(String::strip).toList()));
            if (to.isEmpty()) {
                throw new IllegalStateException(draft.interfaceId() + " " + draft.eventCode() + " has no recipient");
            }
            S1 s1 = draft.role() == null ? senderBlocks.s1(draft.interfaceId())
                    : senderBlocks.s1(draft.interfaceId(), draft.role());
            CommonBlock common = new CommonBlock(senderBlocks.s0(draft.interfaceId(), draft.eventCode()), s1,
                    A0.primary(to), draft.m0(), null, null, draft.r0());
            ObjectNode root = mapper.createObjectNode();
            ObjectNode payload = root.putObject("payload");
            payload.set("CommonBlock", mapper.valueToTree(common));
            payload.set("CustomBlock", draft.customBlock());
            ValidationResult result = validator.validate(draft.interfaceId(), payload);
            if (!result.isValid()) {
                throw new IllegalStateException(draft.interfaceId() + " " + draft.eventCode()
                        + " does not validate against the spec: " + result.violations().stream()
                        .map(v -> v.code() + " " + v.jsonPath() + " " + v.reason()).collect(Collectors.joining("; ")));
            }
            messages.add(new DipMessage(new Payload(common, draft.customBlock())));
            submissions.add(new DipOutbox.Submission(draft.m0() == null ? null : draft.m0().mpanCore(),
                    mapper.writeValueAsBytes(root)));
            if (log) {
                sent.add(new ProcessLog.Sent(draft.interfaceId(), draft.eventCode(),
                        draft.m0() == null ? null : draft.m0().mpanCore(), s1.senderUniqueReference(), to,
                        draft.r0() == null ? List.of() : draft.r0().responseMessages().stream()
                                .filter(Objects::nonNull).map(m -> m.length() >= 7 ? m.substring(0, 7) : m).toList()));
            }
        }
        outbox.submitAll(submissions);
        if (log) {
            this.log.sentAll(sent);
        }
        return messages;
    }
}
