package uk.mhhs.gateway.status;

import java.util.Optional;
import java.util.Set;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.gateway.web.ApiRefusal;

/**
 * Who a status message may go to (pure rule). A status message is a recipient's answer about a PUB it received
 * (DIP validation level 4), so it goes to that PUB's sender: its {@code transactionID} must name a PUB the DIP
 * published, which the status message's sender received, and its {@code recipientID} (when given) must be that
 * PUB's sender. Otherwise anyone could push messages to any participant's status webhook. The DIP's operators
 * (configured) are the exception both ways: they may write to anyone, and anyone may write to them.
 */
final class StatusAddressing {

    /** What the gateway knows of the PUB a status message names. */
    record Pub(String transactionId, String senderDipId, boolean receivedBy) {
    }

    private final Set<String> operators;

    StatusAddressing(Set<String> operators) {
        this.operators = Set.copyOf(operators);
    }

    /**
     * @param sender      the status message's sender (the caller or a participant it connects for)
     * @param recipientId the entry's {@code recipientID}, or null
     * @param pub         the PUB its {@code transactionID} names, if the DIP published it (with whether
     *                    {@code sender} was one of its recipients)
     * @param hasTransactionId whether the entry carries a {@code transactionID}
     * @return the addressee
     * @throws ApiRefusal 400 MSG1030 when no addressee can be found, MSG1031 when the addressee is not a
     *     participant the sender has business with
     */
    String addressee(String sender, String recipientId, Optional<Pub> pub, boolean hasTransactionId) {
        if (recipientId != null && (operators.contains(sender) || operators.contains(recipientId))) {
            return recipientId;
        }
        if (pub.isEmpty()) {
            if (recipientId == null) {
                throw refusal(ResponseCode.MSG1030, hasTransactionId ? "recipientID is null and transactionID "
                        + "names no PUB the DIP published" : "recipientID and transactionID are both null", sender);
            }
            throw refusal(ResponseCode.MSG1031, "a status message goes to the sender of a PUB its sender received, "
                    + "but " + (hasTransactionId ? "its transactionID names no PUB the DIP published"
                    : "it has no transactionID") + "; " + recipientId + " cannot be addressed", sender);
        }
        Pub named = pub.get();
        if (!named.receivedBy()) {
            throw refusal(ResponseCode.MSG1031, sender + " did not receive " + named.transactionId()
                    + ", so it has no status to send about it", sender);
        }
        if (recipientId != null && !recipientId.equals(named.senderDipId())) {
            throw refusal(ResponseCode.MSG1031, named.transactionId() + " was sent by " + named.senderDipId()
                    + ", not by " + recipientId + "; a status message about it goes to its sender", sender);
        }
        return named.senderDipId();
    }

    private static ApiRefusal refusal(ResponseCode code, String reason, String sender) {
        return ApiRefusal.badRequest(code, reason, sender);
    }
}
