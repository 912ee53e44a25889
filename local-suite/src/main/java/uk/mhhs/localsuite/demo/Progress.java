package uk.mhhs.localsuite.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the day's phases one after the other, printing a line per phase (what, count, seconds), and waits for what a
 * phase set going by polling, failing with a line naming the phase when it does not come in time.
 */
public final class Progress {

    /** A finished phase: its name, what it did and how long it took. */
    public record Phase(String name, String outcome, double seconds) {
    }

    private final PrintStream out;
    private final Duration timeout;
    private final List<Phase> phases = new ArrayList<>();
    private String current = "";

    public Progress(PrintStream out, Duration timeout) {
        this.out = out;
        this.timeout = timeout;
    }

    /** Runs a phase; {@code work} answers the outcome to print (e.g. "10,000 MPANs loaded"). */
    public <T> T phase(String name, Supplier<T> work, java.util.function.Function<T, String> outcome) {
        current = name;
        long started = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        Phase phase = new Phase(name, outcome.apply(result), seconds);
        phases.add(phase);
        out.printf("  %-34s %-64s %6.1f s%n", name, phase.outcome(), seconds);
        out.flush();
        return result;
    }

    /**
     * Polls {@code state} every half second until {@code done} holds of it; a time-out fails the current phase,
     * saying what was awaited and the last state seen.
     */
    public <T> T await(String what, Supplier<T> state, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = state.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new DemoFailure("phase '" + current + "' timed out after " + timeout.toSeconds() + " s waiting for "
                        + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("phase '" + current + "' interrupted");
            }
            last = state.get();
        }
        return last;
    }

    public String current() {
        return current;
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }
}
