package uk.mhhs.dipclient.access;

/**
 * A call the {@link AccessFilter} turns away, for a service to answer in its API's own error shape
 * ({@link ServiceAccess#refusals()}). Never holds the presented token.
 *
 * @param status   401 (no token, or an unknown one) or 403 (a known token of a role too low for the call)
 * @param required the role the call needs
 * @param problem  what is wrong, e.g. {@code "token missing or unknown"}
 * @param hint     what to send instead
 */
public record Refusal(int status, Role required, String problem, String hint) {

    /** The whole message, for APIs whose errors are one string. */
    public String message() {
        return problem + ": " + hint;
    }
}
