package uk.mhhs.gateway.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.envelope.Envelopes;
import uk.mhhs.common.envelope.StandardResponse;
import uk.mhhs.common.envelope.StandardResponseBody;
import uk.mhhs.common.party.DipId;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.gateway.delivery.DeliveryProperties;
import uk.mhhs.gateway.web.ApiRefusal;
import uk.mhhs.gateway.participants.Participant;

/**
 * Forwards a recipient's asynchronous (L4) status messages to the senders of the original messages: the
 * entries for one addressee go to {@code dip.status} as one StandardResponse keyed by its DIP ID (as the
 * gateway's own L2 rejections do), through the transactional outbox; from there the addressee's status
 * webhook (if any) gets them, as do our own services' consumers.
 *
 * <p>The addressee is the sender of the PUB named by the entry's {@code transactionID}, which the entry's sender
 * must have received; a {@code recipientID} given must be that sender (filled in when null). Only the configured
 * operators may write to, or be written to by, anyone ({@link StatusAddressing}). The entry's {@code senderID}
 * must be the caller (or a participant it is connection provider for); a null one is taken to be the caller.
 */
@Service
public class ForwardingStatusMessages {

    private final OutboxWriter outbox;
    private final DipTopics topics;
    private final JdbcClient jdbc;
    private final StatusAddressing addressing;
    private final Clock clock;

    ForwardingStatusMessages(OutboxWriter outbox, DipTopics topics, JdbcClient jdbc, DeliveryProperties properties,
                             ObjectProvider<Clock> clock) {
        this.outbox = outbox;
        this.topics = topics;
        this.jdbc = jdbc;
        this.addressing = new StatusAddressing(Set.copyOf(properties.statusOperators()));
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * @return the entries as forwarded, in order
     * @throws ApiRefusal 400 MSG1009 for a sender other than the caller, MSG1030 for an entry with no
     *     addressee the gateway can find, MSG1031 for an addressee the sender has no business with
     */
    @Transactional
    public List<StandardResponseBody> forward(Participant caller, List<StandardResponseBody> entries) {
        Map<String, List<StandardResponseBody>> byAddressee = new LinkedHashMap<>();
        List<StandardResponseBody> forwarded = new ArrayList<>();
        for (StandardResponseBody entry : entries) {
            StandardResponseBody checked = withSender(caller, entry);
            String addressee = addressee(caller, checked);
            StandardResponseBody addressed = addressedTo(checked, addressee);
            byAddressee.computeIfAbsent(addressee, k -> new ArrayList<>()).add(addressed);
            forwarded.add(addressed);
        }
        String now = DipTimestamps.format(clock.instant());
        outbox.enqueueAll(byAddressee.entrySet().stream()
                .map(e -> new OutboxRecord(topics.status(), e.getKey(), Envelopes.mapper().writeValueAsBytes(
                        new StandardResponse(e.getValue(), now))))
                .toList());
        return forwarded;
    }

    private static StandardResponseBody withSender(Participant caller, StandardResponseBody entry) {
        String sender = entry.senderID();
        if (sender == null) {
            return new StandardResponseBody(entry.transactionID(), entry.senderUniqueReference(),
                    entry.correlationID(), entry.sentTimestamp(), caller.dipId(), entry.recipientID(),
                    entry.dipConnectionProviderID(), entry.message(), entry.help(), entry.serviceTicketURL());
        }
        if (!sender.equals(caller.dipId()) && !caller.mayConnectFor(sender)) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1009, caller.dipId() + " may not send status messages as "
                    + sender, caller.dipId());
        }
        return entry;
    }

    private static StandardResponseBody addressedTo(StandardResponseBody entry, String addressee) {
        return new StandardResponseBody(entry.transactionID(), entry.senderUniqueReference(), entry.correlationID(),
                entry.sentTimestamp(), entry.senderID(), addressee, entry.dipConnectionProviderID(), entry.message(),
                entry.help(), entry.serviceTicketURL());
    }

    private String addressee(Participant caller, StandardResponseBody entry) {
        if (entry.recipientID() != null && !DipId.isValid(entry.recipientID())) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1030, "recipientID is not a DIP ID: " + entry.recipientID(),
                    caller.dipId());
        }
        return addressing.addressee(entry.senderID(), entry.recipientID(),
                pub(entry.transactionID(), entry.senderID()), entry.transactionID() != null);
    }

    /** The PUB {@code transactionId} names, with whether {@code statusSender} was one of its recipients. */
    private Optional<StatusAddressing.Pub> pub(String transactionId, String statusSender) {
        if (transactionId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select p.sender_dip_id,
                       exists (select 1 from dip.delivery d
                                where d.kind = 'PUB' and d.transaction_id = p.transaction_id
                                  and d.recipient_id = :sender) as received
                  from dip.publication p where p.transaction_id = :tx
                """)
                .param("tx", transactionId).param("sender", statusSender)
                .query((rs, n) -> new StatusAddressing.Pub(transactionId, rs.getString(1), rs.getBoolean(2)))
                .optional();
    }
}
