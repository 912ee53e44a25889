package uk.mhhs.dipclient.access;

import org.springframework.util.AntPathMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which role each call of a service's own API needs: an ordered list of rules (HTTP method and Ant path pattern,
 * first match wins) that a service declares in its {@link ServiceAccess}. Deny by default: a path no rule names
 * needs {@link Role#ADMIN}, so a new endpoint is closed to all but admins until someone gives it a role. The probes
 * ({@code /actuator/health/**}, {@code /livez}, {@code /readyz}) and the metrics scrape
 * ({@code /actuator/prometheus}) are public in every service; the other actuator reads need read-only.
 * {@code HEAD} is judged as {@code GET}.
 */
public final class AccessPolicy {

    /** What a call gets. */
    public enum Outcome {
        /** Go on. */
        ALLOWED,
        /** 401: no token, or one of no role. */
        UNAUTHENTICATED,
        /** 403: a token of a role too low for the call. */
        FORBIDDEN
    }

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final List<Rule> EVERY_SERVICE = List.of(
            new Rule(Set.of("GET"), "/actuator/health/**", null),
            new Rule(Set.of("GET"), "/livez", null),
            new Rule(Set.of("GET"), "/readyz", null),
            new Rule(Set.of("GET"), "/actuator/prometheus", null),
            new Rule(Set.of("GET"), "/actuator/**", Role.READ_ONLY));

    /** One rule: these methods (empty = any) on paths matching the pattern need the role (null = public). */
    record Rule(Set<String> methods, String pattern, Role role) {

        boolean matches(String method, String path) {
            return (methods.isEmpty() || methods.contains(method)) && PATHS.match(pattern, path);
        }
    }

    private final List<Rule> rules;

    private AccessPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The role the call needs, or empty when it is public. */
    public Optional<Role> required(String method, String path) {
        String verb = method.toUpperCase(Locale.ROOT).equals("HEAD") ? "GET" : method.toUpperCase(Locale.ROOT);
        return rules.stream().filter(rule -> rule.matches(verb, path)).findFirst()
                .map(rule -> Optional.ofNullable(rule.role())).orElse(Optional.of(Role.ADMIN));
    }

    /** Whether a caller holding {@code caller} (empty: no or an unknown token) may make the call. */
    public Outcome decide(String method, String path, Optional<Role> caller) {
        Optional<Role> required = required(method, path);
        if (required.isEmpty()) {
            return Outcome.ALLOWED;
        }
        if (caller.isEmpty()) {
            return Outcome.UNAUTHENTICATED;
        }
        return caller.get().covers(required.get()) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
    }

    /** A service's rules, in the order they are tried, after those of every service. */
    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>(EVERY_SERVICE);

        /** Public: no token needed (keep these few, and say why beside each). */
        public Builder open(String method, String... patterns) {
            return add(method, null, patterns);
        }

        public Builder readOnly(String method, String... patterns) {
            return add(method, Role.READ_ONLY, patterns);
        }

        public Builder operator(String method, String... patterns) {
            return add(method, Role.OPERATOR, patterns);
        }

        public Builder admin(String method, String... patterns) {
            return add(method, Role.ADMIN, patterns);
        }

        public AccessPolicy build() {
            return new AccessPolicy(rules);
        }

        /** {@code method} "*" is any method. */
        private Builder add(String method, Role role, String... patterns) {
            Set<String> methods = method.equals("*") ? Set.of() : Set.of(method.toUpperCase(Locale.ROOT));
            for (String pattern : patterns) {
                rules.add(new Rule(methods, pattern, role));
            }
            return this;
        }
    }
}
