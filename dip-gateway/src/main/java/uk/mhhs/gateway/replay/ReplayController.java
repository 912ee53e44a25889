package uk.mhhs.gateway.replay;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.gateway.web.ApiRefusal;
import uk.mhhs.gateway.webhooks.Channels;
import uk.mhhs.gateway.delivery.DeliveryDispatcher;
import uk.mhhs.gateway.delivery.DeliveryProperties;
import uk.mhhs.gateway.web.DipResponses;
import uk.mhhs.gateway.delivery.EgressBodies;
import uk.mhhs.gateway.web.ExpectedBody;
import uk.mhhs.gateway.web.RecipientAccess;
import uk.mhhs.gateway.webhooks.Webhooks;
import uk.mhhs.gateway.participants.Participant;

/**
 * {@code POST /dip-channel/{id}/replay/{recipient-id}} answers 200 with the recipient's matching PUBs as a
 * DIPMessageEgressArray (oldest first, {@code D0.replayIndicator} true; {@code []} when none match).
 * {@code POST /dip-channel/{id}/requeue/{recipient-id}} queues them again for the recipient's webhook and
 * answers 200; 400 if the recipient has no webhook on the channel.
 */
@RestController
class ReplayController {

    private static final ExpectedBody MESSAGE_REQUEST = ExpectedBody.json("a MessageRequest");

    private final RecipientAccess access;
    private final PublicationHistory history;
    private final Requeueing requeueing;
    private final Webhooks webhooks;
    private final DeliveryDispatcher dispatcher;
    private final int limit;

    ReplayController(RecipientAccess access, PublicationHistory history,
            Requeueing requeueing, Webhooks webhooks, DeliveryDispatcher dispatcher, DeliveryProperties properties) {
        this.access = access;
        this.history = history;
        this.requeueing = requeueing;
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.limit = properties.replayLimit();
    }

    @PostMapping("/dip-channel/{id}/replay/{recipient-id}")
    ResponseEntity<byte[]> replay(@PathVariable("id") String id, @PathVariable("recipient-id") String recipientId,
            HttpServletRequest request) throws IOException {
        RecipientAccess.Call call = access.recipient(request, MESSAGE_REQUEST, recipientId);
        String channel = Channels.channel(id, call.caller().dipId());
        String messages = history.find(recipientId, channel, filter(call), limit).stream()
                .map(entry -> "{\"payload\":" + EgressBodies.replayed(entry.payloadJson()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        return DipResponses.json(200, messages.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/dip-channel/{id}/requeue/{recipient-id}")
    ResponseEntity<Void> requeue(@PathVariable("id") String id, @PathVariable("recipient-id") String recipientId,
            HttpServletRequest request) throws IOException {
        RecipientAccess.Call call = access.recipient(request, MESSAGE_REQUEST, recipientId);
        Participant caller = call.caller();
        String channel = Channels.channel(id, caller.dipId());
        PublicationFilter filter = filter(call);
        if (!webhooks.exists(channel, recipientId)) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1000,
                    "no webhook is registered for " + recipientId + " on " + channel, caller.dipId());
        }
        if (requeueing.requeue(recipientId, channel, filter, limit) > 0) {
            dispatcher.wakeUp();
        }
        return ResponseEntity.ok().build();
    }

    private static PublicationFilter filter(RecipientAccess.Call call) {
        try {
            return PublicationFilter.parse(call.body());
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1001, e.getMessage(), call.caller().dipId());
        }
    }
}
