package uk.mhhs.gateway.webhooks;

import uk.mhhs.gateway.web.ApiRefusal;

import tools.jackson.core.JacksonException;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.envelope.Envelopes;

/** Reads a {@link WebhookConfig} body, refusing a malformed one or a forbidden URL with 400 MSG1001. */
public final class WebhookConfigs {

    private WebhookConfigs() {
    }

    /**
     * @param policy the webhook rules the callback URL must pass (https, no private addresses)
     * @return the config, with a usable callback URL
     * @throws ApiRefusal 400 MSG1001 if the body is not a WebhookConfig with an absolute http(s) callbackURL, or
     *     the URL breaks the webhook rules
     */
    public static WebhookConfig read(byte[] body, String callerDipId, WebhookPolicy policy) {
        WebhookConfig config;
        try {
            config = body == null || body.length == 0 ? null : Envelopes.mapper().readValue(body, WebhookConfig.class);
        } catch (JacksonException e) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1001, "not a WebhookConfig: " + e.getOriginalMessage(),
                    callerDipId);
        }
        if (config == null) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1001, "a WebhookConfig body is required", callerDipId);
        }
        try {
            policy.refusal(config.callbackUri()).ifPresent(reason -> {
                throw ApiRefusal.badRequest(ResponseCode.MSG1001, reason, callerDipId);
            });
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.badRequest(ResponseCode.MSG1001, e.getMessage(), callerDipId);
        }
        return config;
    }
}
