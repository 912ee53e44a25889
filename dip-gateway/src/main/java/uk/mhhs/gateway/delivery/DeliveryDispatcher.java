package uk.mhhs.gateway.delivery;

import uk.mhhs.gateway.webhooks.Webhook;
import uk.mhhs.gateway.webhooks.Webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Pushes pending deliveries to their webhooks. One scheduler thread claims the due head of each
 * recipient queue (as many as there are free sender threads) and hands them to a bounded pool of
 * sender threads, each making one signed call and recording the attempt. It polls at a fixed interval,
 * and at once when woken: after new deliveries are queued, after a call finishes (the next one of that
 * queue may go), and when a retry falls due.
 */
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final Webhooks webhooks;
    private final EgressBodies bodies;
    private final WebhookCaller caller;
    private final RetryPolicy policy;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Semaphore slots;
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService scheduler;
    private volatile ExecutorService senders;

    DeliveryDispatcher(DeliveryQueue queue, Webhooks webhooks, EgressBodies bodies, WebhookCaller caller,
            RetryPolicy policy, DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
        this.queue = queue;
        this.webhooks = webhooks;
        this.bodies = bodies;
        this.caller = caller;
        this.policy = policy;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
        this.slots = new Semaphore(properties.concurrency());
    }

    /** Looks for due deliveries now rather than at the next interval. Safe to call from any thread. */
    public void wakeUp() {
        ScheduledExecutorService running = scheduler;
        if (running != null && !running.isShutdown() && pollQueued.compareAndSet(false, true)) {
            running.execute(this::poll);
        }
    }

    private void wakeUpIn(Duration delay) {
        ScheduledExecutorService running = scheduler;
        if (running != null && !running.isShutdown()) {
            running.schedule(this::wakeUp, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void poll() {
        pollQueued.set(false);
        try {
            int free = slots.availablePermits();
            if (free == 0) {
                return;
            }
            Instant now = clock.instant();
            List<Delivery> claimed = queue.claimDue(now, now.plus(properties.lease()), free);
            for (Delivery delivery : claimed) {
                slots.acquireUninterruptibly();
                senders.execute(() -> {
                    try {
                        deliver(delivery);
                    } catch (RuntimeException e) {
                        // The lease runs out and another poll takes the delivery again.
                        log.warn("Delivery {} to {} could not be completed", delivery.id(), delivery.recipientId(), e);
                    } finally {
                        slots.release();
                        wakeUp();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Delivery poll failed, trying again in {}", properties.pollInterval(), e);
        }
    }

    private void deliver(Delivery delivery) {
        Optional<Webhook> webhook = webhooks.find(delivery.channel(), delivery.recipientId());
        if (webhook.isEmpty()) {
            Instant now = clock.instant();
            queue.finishWithoutWebhook(delivery, now);
            metrics.finished(delivery, Delivery.State.NO_WEBHOOK, now);
            return;
        }
        WebhookCaller.Call call = caller.post(webhook.get().callbackUrl(), bodies.bodyOf(delivery));
        int attemptNo = delivery.attempts() + 1;
        RetryPolicy.Verdict verdict = policy.verdict(call.statusCode(), attemptNo);
        var attempt = new DeliveryAttempt(attemptNo, call.startedAt(), call.duration(), call.statusCode(), verdict,
                call.error());
        Delivery.State state = switch (verdict) {
            case DELIVERED -> Delivery.State.DELIVERED;
            case RETRY -> Delivery.State.PENDING;
            case REJECTED -> Delivery.State.REJECTED;
            case FAILED -> Delivery.State.FAILED;
        };
        Duration delay = policy.delayAfter(attemptNo);
        queue.recordAttempt(delivery, attempt, state,
                verdict == RetryPolicy.Verdict.RETRY ? clock.instant().plus(delay) : null);
        metrics.attempt(delivery, attempt);
        if (state == Delivery.State.PENDING) {
            wakeUpIn(delay);
        } else {
            metrics.finished(delivery, state, call.startedAt().plus(call.duration()));
        }
        if (verdict != RetryPolicy.Verdict.DELIVERED) {
            log.info("Delivery {} of {} to {} attempt {}: {} ({})", delivery.id(), delivery.channel(),
                    delivery.recipientId(), attemptNo, verdict, call.error());
        }
    }

    @Override
    public void start() {
        senders = Executors.newFixedThreadPool(properties.concurrency(), named("dip-delivery-sender-"));
        scheduler = Executors.newSingleThreadScheduledExecutor(named("dip-delivery-dispatcher-"));
        scheduler.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService runningScheduler = scheduler;
        ExecutorService runningSenders = senders;
        scheduler = null;
        if (runningScheduler == null) {
            return;
        }
        runningScheduler.shutdownNow();
        runningSenders.shutdown();
        try {
            // Calls still in flight after this keep their lease and are retried when it runs out.
            runningSenders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runningSenders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
