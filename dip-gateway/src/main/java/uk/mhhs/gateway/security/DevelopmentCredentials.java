package uk.mhhs.gateway.security;

import org.springframework.core.env.Environment;

/**
 * Whether the gateway may generate DEVELOPMENT credentials (a self-signed TLS key store, a self-signed signing
 * credential) when none is configured: only in the {@code local} profile or with
 * {@code mhhs.gateway.security.development-credentials=true} (tests, benchmarks). Anywhere else a missing
 * credential stops the start.
 */
public final class DevelopmentCredentials {

    /** The property that allows them outside the local profile. */
    public static final String PROPERTY = "mhhs.gateway.security.development-credentials";
    /** The profile that allows them (the one that also seeds local participants). */
    public static final String PROFILE = "local";

    private DevelopmentCredentials() {
    }

    /** @return whether development credentials may be generated in this environment */
    public static boolean allowed(Environment environment) {
        return environment.getProperty(PROPERTY, Boolean.class, false) || environment.matchesProfiles(PROFILE);
    }

    /** The end of every refusal: how to allow them on one's own machine. */
    static String howToAllowLocally() {
        return " (for a run on your own machine only: the '" + PROFILE + "' profile or " + PROPERTY + "=true)";
    }
}
