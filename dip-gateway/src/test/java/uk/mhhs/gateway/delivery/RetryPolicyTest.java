package uk.mhhs.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.mhhs.gateway.delivery.RetryPolicy.Verdict;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(30), 5);

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 207})
    void a_2xx_answer_is_delivered(int status) {
        assertThat(policy.verdict(status, 1)).isEqualTo(Verdict.DELIVERED);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void the_answers_the_DIP_retries_are_retried_while_attempts_are_left(int status) {
        assertThat(policy.verdict(status, 4)).isEqualTo(Verdict.RETRY);
        assertThat(policy.verdict(status, 5)).isEqualTo(Verdict.FAILED);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 400, 401, 403, 404, 405, 406, 413, 501, 505})
    void any_other_answer_is_rejected_at_once(int status) {
        assertThat(policy.verdict(status, 1)).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void no_answer_at_all_is_retried_while_attempts_are_left() {
        assertThat(policy.verdict(null, 1)).isEqualTo(Verdict.RETRY);
        assertThat(policy.verdict(null, 5)).isEqualTo(Verdict.FAILED);
    }

    @Test
    void waits_grow_exponentially_up_to_the_cap() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(30));
    }
}
