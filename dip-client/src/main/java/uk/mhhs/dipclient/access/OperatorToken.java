package uk.mhhs.dipclient.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * The check every operator and admin endpoint makes of the token it was sent against the configured one: constant
 * time, and every token is refused while the configured one is blank (an unset token locks the endpoint rather
 * than opening it). Each service answers a refusal in its own API's words.
 */
public final class OperatorToken {

    private final Supplier<String> expected;

    private OperatorToken(Supplier<String> expected) {
        this.expected = expected;
    }

    /** A check against {@code expected}, read at each call (so a refreshed setting takes effect). */
    public static OperatorToken of(Supplier<String> expected) {
        return new OperatorToken(expected);
    }

    /** A check against a fixed token. */
    public static OperatorToken of(String expected) {
        return new OperatorToken(() -> expected);
    }

    /** Whether the endpoint is open at all (a token is configured). */
    public boolean isConfigured() {
        String token = expected.get();
        return token != null && !token.isBlank();
    }

    /** Whether {@code given} is the configured token. */
    public boolean accepts(String given) {
        String token = expected.get();
        return token != null && !token.isBlank() && given != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
