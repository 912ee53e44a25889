package uk.mhhs.testsupport.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * For benchmarks: a poor man's profile of where one thread's wall time goes (CPU and waiting on PostgreSQL alike).
 * Samples the thread's stack every 10 ms and files each sample under the step of the innermost frame whose
 * {@code class.method} starts with a known prefix ({@code "other"} if none does).
 */
public final class StackSampler {

    private final Thread target;
    private final String[][] steps;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;
    private int total;

    /**
     * @param target the thread to sample
     * @param steps  {@code {prefix, step}} pairs, the first matching prefix wins (so put the narrower ones first)
     */
    public StackSampler(Thread target, String[][] steps) {
        this.target = target;
        this.steps = steps;
    }

    /** Starts sampling on a daemon thread. */
    public void start() {
        running.set(true);
        thread = new Thread(() -> {
            while (running.get()) {
                StackTraceElement[] stack = target.getStackTrace();
                String step = "other";
                outer:
                for (StackTraceElement frame : stack) {
                    String name = frame.getClassName() + "." + frame.getMethodName();
                    for (String[] s : steps) {
                        if (name.startsWith(s[0])) {
                            step = s[1];
                            break outer;
                        }
                    }
                }
                synchronized (counts) {
                    counts.merge(step, 1, Integer::sum);
                    total++;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-stack-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling and waits for the sampling thread to end. */
    public void stop() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    /** Samples taken. */
    public int total() {
        synchronized (counts) {
            return total;
        }
    }

    /** The steps, most samples first, each with its share: {@code "step 42%, other 3%"}. */
    public String summary() {
        synchronized (counts) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total))
                    .collect(Collectors.joining(", "));
        }
    }
}
