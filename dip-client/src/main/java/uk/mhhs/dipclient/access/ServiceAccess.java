package uk.mhhs.dipclient.access;

import java.util.Map;
import java.util.function.Function;

/**
 * A service's declaration of who may call its own API (everything but the DIP API, which only the gateway
 * serves): declared as a bean, it switches on the kit's {@link AccessFilter} for every request.
 *
 * @param service  the service's short name in the refusals and logs ({@code ISD}, {@code REG}, ...)
 * @param header   the service's own token header, e.g. {@code X-ISD-Operator-Token} (kept beside
 *                 {@code Authorization: Bearer} for operators' scripts); it carries any role's token
 * @param policy   the role each path needs
 * @param refusals the body of a 401/403 in the API's own error shape
 */
public record ServiceAccess(String service, String header, AccessPolicy policy, Function<Refusal, Object> refusals) {

    /** The common error shape {@code {"error": "<problem>: <hint>"}}. */
    public static Function<Refusal, Object> errorMessage() {
        return refusal -> Map.of("error", refusal.message());
    }
}
