package uk.mhhs.vas.inputs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The read timeout java.net.http lacks for a response body: when no byte arrives for {@code idle}, a watchdog closes the
 * HTTP client's body stream (which cancels the exchange and ends a read waiting for bytes) and the read fails with an
 * {@link InputException}. Without it a stalled MDS would hold a run forever.
 */
final class IdleTimeoutStream extends FilterInputStream {

    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "vas-mds-read-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration idle;
    private final String what;
    private final ScheduledFuture<?> check;
    private volatile long lastRead = System.nanoTime();
    private volatile boolean timedOut;

    IdleTimeoutStream(InputStream in, Duration idle, String what) {
        super(in);
        this.idle = idle;
        this.what = what;
        long every = Math.max(10, Math.min(1_000, idle.toMillis() / 4));
        this.check = WATCH.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (!timedOut && System.nanoTime() - lastRead > idle.toNanos()) {
            timedOut = true;
            try {
                in.close(); // cancels the HTTP exchange, which ends a read waiting for the next bytes
            } catch (IOException e) {
                // the read fails either way
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = super.read(b, off, len);
            if (n < 0 && timedOut) {
                throw timeout(); // the closed stream may also just end: still a timeout, not the answer's end
            }
            lastRead = System.nanoTime();
            return n;
        } catch (IOException e) {
            if (timedOut) {
                throw timeout();
            }
            throw e;
        }
    }

    private InputException timeout() {
        return new InputException(what + ": MDS sent nothing for " + idle + " (mhhs.vas.mds.timeout)");
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }
}
