package uk.mhhs.bench;

import uk.mhhs.testsupport.bench.Latencies;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Drives signed single-message posts at the gateway: closed loop (saturation) or open loop (fixed rate). */
final class GatewayLoad {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    /** Every request once, with at most {@code concurrency} outstanding. */
    Result saturate(List<HttpRequest> requests, int concurrency) throws InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        Outcomes outcomes = new Outcomes(requests.size());
        long started = System.nanoTime();
        for (HttpRequest request : requests) {
            permits.acquire();
            long sent = System.nanoTime();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                outcomes.record(r, e, System.nanoTime() - sent);
                permits.release();
            });
        }
        permits.acquire(concurrency);
        return outcomes.result((System.nanoTime() - started) / 1e9);
    }

    /**
     * Open loop: request {@code i} is due at {@code start + i / rate}; its latency counts from when it was due,
     * so a slow gateway cannot hide its queueing (no coordinated omission).
     */
    Result fixedRate(List<HttpRequest> requests, int perSecond) {
        Outcomes outcomes = new Outcomes(requests.size());
        long interval = 1_000_000_000L / perSecond;
        long started = System.nanoTime();
        CompletableFuture<?>[] all = new CompletableFuture<?>[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            long due = started + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            all[i] = client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> outcomes.record(r, e, System.nanoTime() - due));
        }
        CompletableFuture.allOf(all).exceptionally(e -> null).join();
        return outcomes.result((System.nanoTime() - started) / 1e9);
    }

    /** Counts per HTTP status, and latencies of the accepted (201) ones. */
    private static final class Outcomes {
        private final Latencies accepted;
        private final ConcurrentHashMap<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();

        Outcomes(int capacity) {
            accepted = new Latencies(capacity);
        }

        void record(HttpResponse<?> response, Throwable error, long nanos) {
            String status = error != null ? error.getClass().getSimpleName() : String.valueOf(response.statusCode());
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (error == null && response.statusCode() == 201) {
                accepted.record(nanos);
            }
        }

        Result result(double seconds) {
            return new Result(accepted.count(), seconds, accepted, new java.util.TreeMap<>(byStatus));
        }
    }

    record Result(int accepted, double seconds, Latencies latencies, java.util.Map<String, AtomicInteger> byStatus) {
        double perSecond() {
            return accepted / seconds;
        }
    }
}
