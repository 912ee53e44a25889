package uk.mhhs.gateway.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strength rule of API keys and the admin token, one row per outcome. */
class SecretStrengthTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // 16 characters: the local seeds' form
        "local-1400000001                                   | apiKey must be at least 32 characters long, not 16",
        // 31: one short
        "0123456789abcdef0123456789abcde                    | apiKey must be at least 32 characters long, not 31",
        // 32 of 2 different characters
        "abababababababababababababababab                   | apiKey must hold at least 8 different characters, not 2",
        // 32 of 7: 0-6
        "01234560123456012345601234560123                   | apiKey must hold at least 8 different characters, not 7",
        // 32 of 8: 0-7
        "01234567012345670123456701234567                   | ''",
        // a UUID: 36 characters, hex and '-'
        "3f2b8c1e-9d4a-4e6f-b1c2-7a8d9e0f1a2b               | ''",
        // a generated key: 43 of URL-safe Base64
        "q3Vx_9LmZ0k2Jt8wR4nY-1bC7dE5fG6hI0jK2lM3nO4        | ''",
        "'with a space in it and long enough to pass length' | apiKey may hold only printable ASCII characters, without spaces",
        "'naïve-but-long-enough-key-0123456789'             | apiKey may hold only printable ASCII characters, without spaces"})
    void judges(String key, String weakness) {
        assertThat(SecretStrength.weakness(key, "apiKey").orElse("")).isEqualTo(weakness);
    }

    @org.junit.jupiter.api.Test
    void a_generated_key_is_strong() {
        for (int i = 0; i < 1000; i++) {
            assertThat(SecretStrength.weakness(ApiKeys.generate(), "apiKey")).isEmpty();
        }
    }
}
