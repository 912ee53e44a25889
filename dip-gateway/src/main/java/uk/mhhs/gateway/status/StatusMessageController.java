package uk.mhhs.gateway.status;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.envelope.StandardResponseBody;
import uk.mhhs.gateway.web.ApiRefusal;
import uk.mhhs.gateway.web.DipResponses;
import uk.mhhs.gateway.web.ExpectedBody;
import uk.mhhs.gateway.web.RecipientAccess;
import uk.mhhs.gateway.webhooks.Webhook;
import uk.mhhs.gateway.webhooks.WebhookConfigs;
import uk.mhhs.gateway.webhooks.WebhookPolicy;
import uk.mhhs.gateway.webhooks.Webhooks;
import uk.mhhs.gateway.participants.Participant;

/**
 * {@code POST /statusmessage}: a recipient's status messages (StandardResponseArray), forwarded to the
 * original senders; 201 with one MSG0000 entry per message. {@code POST /statusmessage/config/{recipient-id}}
 * registers the recipient's status webhook (201), {@code DELETE} removes it (204).
 */
@RestController
class StatusMessageController {

    private final RecipientAccess access;
    private final ForwardingStatusMessages forwarding;
    private final Webhooks webhooks;
    private final WebhookPolicy policy;
    private final DipResponses responses;
    private final Clock clock;

    StatusMessageController(RecipientAccess access, ForwardingStatusMessages forwarding, Webhooks webhooks,
            WebhookPolicy policy, DipResponses responses, ObjectProvider<Clock> clock) {
        this.access = access;
        this.forwarding = forwarding;
        this.webhooks = webhooks;
        this.policy = policy;
        this.responses = responses;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @PostMapping("/statusmessage")
    ResponseEntity<byte[]> submit(HttpServletRequest request) throws IOException {
        RecipientAccess.Call call = access.caller(request, ExpectedBody.json("a StandardResponseArray"));
        Participant caller = call.caller();
        List<StandardResponseBody> entries;
        try {
            entries = StatusMessages.read(call.body());
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1001, e.getMessage(), caller.dipId());
        }
        String now = responses.now();
        List<StandardResponseBody> acknowledgements = forwarding.forward(caller, entries).stream()
                .map(entry -> new StandardResponseBody(entry.transactionID(), entry.senderUniqueReference(),
                        entry.correlationID(), now, responses.gatewayDipId(), caller.dipId(), null,
                        ResponseCode.MSG0000.formatted(), null, null))
                .toList();
        return DipResponses.json(201, responses.standardResponse(acknowledgements));
    }

    @PostMapping("/statusmessage/config/{recipient-id}")
    ResponseEntity<Void> register(@PathVariable("recipient-id") String recipientId,
            HttpServletRequest request) throws IOException {
        RecipientAccess.Call call = access.recipient(request, ExpectedBody.json("a WebhookConfig"), recipientId);
        webhooks.save(WebhookConfigs.read(call.body(), call.caller().dipId(), policy)
                .toWebhook(Webhook.STATUS, recipientId, clock.instant()));
        return ResponseEntity.status(201).build();
    }

    @DeleteMapping("/statusmessage/config/{recipient-id}")
    ResponseEntity<Void> delete(@PathVariable("recipient-id") String recipientId,
            HttpServletRequest request) throws IOException {
        access.recipient(request, ExpectedBody.NONE, recipientId);
        webhooks.delete(Webhook.STATUS, recipientId);
        return ResponseEntity.noContent().build();
    }
}
