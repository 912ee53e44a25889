package uk.mhhs.dipclient.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configured token of each role, and which role a presented token proves. Each comparison is an
 * {@link OperatorToken} check (constant time; a blank configured token proves nothing), made against every role
 * so the time taken does not tell which role a near-miss was close to. When two roles are given the same token,
 * it proves the higher.
 */
public final class RoleTokens {

    private final Map<Role, OperatorToken> tokens = new EnumMap<>(Role.class);

    private RoleTokens(Supplier<String> read, Supplier<String> operator, Supplier<String> admin) {
        tokens.put(Role.READ_ONLY, OperatorToken.of(read));
        tokens.put(Role.OPERATOR, OperatorToken.of(operator));
        tokens.put(Role.ADMIN, OperatorToken.of(admin));
    }

    /** The tokens, read at each call (so a refreshed setting takes effect). */
    public static RoleTokens of(Supplier<String> read, Supplier<String> operator, Supplier<String> admin) {
        return new RoleTokens(read, operator, admin);
    }

    /** Fixed tokens; a null or blank one leaves its role closed. */
    public static RoleTokens of(String read, String operator, String admin) {
        return new RoleTokens(() -> read, () -> operator, () -> admin);
    }

    /** The highest role whose token {@code presented} is, or empty for a missing or unknown token. */
    public Optional<Role> roleOf(String presented) {
        Role proven = null;
        for (Role role : Role.values()) {
            if (tokens.get(role).accepts(presented)) {
                proven = role;
            }
        }
        return Optional.ofNullable(proven);
    }

    /** Whether any role has a token at all (with none, every protected call is refused). */
    public boolean anyConfigured() {
        return tokens.values().stream().anyMatch(OperatorToken::isConfigured);
    }
}
