package uk.mhhs.dipclient.access;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorTokenTest {

    @Test
    void while_no_token_is_configured_every_token_is_refused() {
        for (String configured : new String[] {null, "", "   "}) {
            OperatorToken check = OperatorToken.of(configured);
            assertThat(check.isConfigured()).isFalse();
            assertThat(check.accepts(null)).isFalse();
            assertThat(check.accepts("")).as("blank given for blank configured").isFalse();
            assertThat(check.accepts("   ")).isFalse();
            assertThat(check.accepts("s3cret")).isFalse();
        }
    }

    @Test
    void a_wrong_or_missing_token_is_refused() {
        OperatorToken check = OperatorToken.of("s3cret");
        assertThat(check.isConfigured()).isTrue();
        assertThat(check.accepts(null)).isFalse();
        assertThat(check.accepts("")).isFalse();
        assertThat(check.accepts("s3cre")).as("a prefix").isFalse();
        assertThat(check.accepts("s3cret ")).as("one character more").isFalse();
        assertThat(check.accepts("S3CRET")).as("case matters").isFalse();
    }

    @Test
    void the_configured_token_is_accepted() {
        assertThat(OperatorToken.of("s3cret").accepts("s3cret")).isTrue();
    }

    @Test
    void a_changed_setting_takes_effect_at_the_next_check() {
        AtomicReference<String> setting = new AtomicReference<>("");
        OperatorToken check = OperatorToken.of(setting::get);
        assertThat(check.accepts("first")).isFalse();

        setting.set("first");
        assertThat(check.accepts("first")).isTrue();

        setting.set("second");
        assertThat(check.accepts("first")).isFalse();
        assertThat(check.accepts("second")).isTrue();
    }
}
