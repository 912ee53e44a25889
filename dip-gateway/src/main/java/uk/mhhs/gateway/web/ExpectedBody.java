package uk.mhhs.gateway.web;

/**
 * What an endpoint takes as its body, for the checks made before the body is parsed.
 *
 * @param description what a JSON body must be, for the refusal's message (e.g. {@code a WebhookConfig}); null when
 *                    the endpoint takes no body (one sent anyway is still read within the limit and signed over)
 */
public record ExpectedBody(String description) {

    /** No body expected (DELETE). */
    public static final ExpectedBody NONE = new ExpectedBody(null);

    /** A JSON body is required: empty is 400, not {@code application/json} is 415 (both MSG1001). */
    public static ExpectedBody json(String description) {
        return new ExpectedBody(description);
    }

    boolean required() {
        return description != null;
    }
}
