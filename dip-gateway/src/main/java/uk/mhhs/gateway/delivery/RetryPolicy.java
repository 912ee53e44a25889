package uk.mhhs.gateway.delivery;

import java.time.Duration;
import java.util.Set;

/**
 * What a webhook's answer means, and how long to wait before trying again. The DIP retries on network
 * errors and on 408, 429, 500, 502, 503 and 504; any other answer than 2xx is final (DIN-974).
 *
 * @param initial wait after the first failed attempt
 * @param multiplier growth per further attempt
 * @param max longest wait
 * @param maxAttempts attempts in all
 */
public record RetryPolicy(Duration initial, double multiplier, Duration max, int maxAttempts) {

    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);

    /** The outcome of one attempt. */
    public enum Verdict {
        /** 2xx: done. */
        DELIVERED,
        /** Retryable failure with attempts left. */
        RETRY,
        /** Final refusal by the webhook. */
        REJECTED,
        /** Retryable failure and no attempts left. */
        FAILED
    }

    public RetryPolicy {
        if (initial.isNegative() || max.isNegative() || multiplier < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry needs initial, max >= 0, multiplier >= 1, maxAttempts >= 1");
        }
    }

    static RetryPolicy of(DeliveryProperties.Retry retry) {
        return new RetryPolicy(retry.initial(), retry.multiplier(), retry.max(), retry.maxAttempts());
    }

    /**
     * @param statusCode the webhook's HTTP status, or {@code null} when no answer came
     * @param attemptNo this attempt's number, from 1
     */
    public Verdict verdict(Integer statusCode, int attemptNo) {
        if (statusCode != null && statusCode >= 200 && statusCode < 300) {
            return Verdict.DELIVERED;
        }
        if (statusCode != null && !RETRYABLE.contains(statusCode)) {
            return Verdict.REJECTED;
        }
        return attemptNo < maxAttempts ? Verdict.RETRY : Verdict.FAILED;
    }

    /**
     * @param attemptNo the number of the attempt that just failed, from 1
     * @return the wait before the next one
     */
    public Duration delayAfter(int attemptNo) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attemptNo - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
