package uk.mhhs.gateway.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * One HTTP attempt of a delivery, as recorded in {@code dip.delivery_attempt}.
 *
 * @param attemptNo from 1
 * @param startedAt when the request was sent
 * @param duration until the answer or the error
 * @param statusCode the webhook's HTTP status; {@code null} if none came
 * @param verdict what it means for the delivery
 * @param error why it failed (network error, or the start of the refusing answer's body); null on success
 */
public record DeliveryAttempt(int attemptNo, Instant startedAt, Duration duration, Integer statusCode,
        RetryPolicy.Verdict verdict, String error) {
}
