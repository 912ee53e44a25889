package uk.mhhs.gateway.webhooks;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.gateway.web.ExpectedBody;
import uk.mhhs.gateway.web.RecipientAccess;

/**
 * {@code POST /dip-channel/{id}/pubconfig/{recipient-id}} registers (or replaces) the recipient's webhook
 * for the channel: 201. {@code DELETE} removes it: 204; PUBs published afterwards are still recorded for
 * replay, but not pushed.
 */
@RestController
class PubConfigController {

    private final RecipientAccess access;
    private final Webhooks webhooks;
    private final WebhookPolicy policy;
    private final Clock clock;

    PubConfigController(RecipientAccess access, Webhooks webhooks, WebhookPolicy policy, ObjectProvider<Clock> clock) {
        this.access = access;
        this.webhooks = webhooks;
        this.policy = policy;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @PostMapping("/dip-channel/{id}/pubconfig/{recipient-id}")
    ResponseEntity<Void> register(@PathVariable("id") String id, @PathVariable("recipient-id") String recipientId,
            HttpServletRequest request) throws IOException {
        RecipientAccess.Call call = access.recipient(request, ExpectedBody.json("a WebhookConfig"), recipientId);
        String channel = Channels.channel(id, call.caller().dipId());
        webhooks.save(WebhookConfigs.read(call.body(), call.caller().dipId(), policy)
                .toWebhook(channel, recipientId, clock.instant()));
        return ResponseEntity.status(201).build();
    }

    @DeleteMapping("/dip-channel/{id}/pubconfig/{recipient-id}")
    ResponseEntity<Void> delete(@PathVariable("id") String id, @PathVariable("recipient-id") String recipientId,
            HttpServletRequest request) throws IOException {
        RecipientAccess.Call call = access.recipient(request, ExpectedBody.NONE, recipientId);
        webhooks.delete(Channels.channel(id, call.caller().dipId()), recipientId);
        return ResponseEntity.noContent().build();
    }
}
