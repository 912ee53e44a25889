package uk.mhhs.gateway.participants;

import java.util.Optional;

/**
 * The least an API key or the admin token must be: at least {@value #MIN_LENGTH} characters, only printable ASCII
 * without spaces (it travels in an HTTP header), and at least {@value #MIN_DISTINCT} different characters. Anything
 * random of that length passes (a generated key, 32 hex digits, a UUID: 8 distinct characters is far below what 32
 * random hex digits give, where 16 would refuse most of them); what it stops is the short, the repeated and the
 * typed-by-hand ({@code local-1400000001}, {@code aaaa...}, {@code abab...}).
 */
final class SecretStrength {

    static final int MIN_LENGTH = 32;
    static final int MIN_DISTINCT = 8;

    private SecretStrength() {
    }

    /**
     * @param secret the key or token
     * @param name   what it is called in the message, e.g. {@code apiKey}
     * @return why it is too weak, or empty when it is strong enough
     */
    static Optional<String> weakness(String secret, String name) {
        if (secret.length() < MIN_LENGTH) {
            return Optional.of(name + " must be at least " + MIN_LENGTH + " characters long, not "
                    + secret.length());
        }
        if (!secret.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            return Optional.of(name + " may hold only printable ASCII characters, without spaces");
        }
        long distinct = secret.chars().distinct().count();
        if (distinct < MIN_DISTINCT) {
            return Optional.of(name + " must hold at least " + MIN_DISTINCT + " different characters, not "
                    + distinct);
        }
        return Optional.empty();
    }
}
