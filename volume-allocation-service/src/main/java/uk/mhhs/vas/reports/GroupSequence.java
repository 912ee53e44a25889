package uk.mhhs.vas.reports;

import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.vas.aggregates.AggregateRow;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The aggregates as they stream in, one {@link GroupPass} per GSP group, with the reading and the writing of reports
 * overlapped: the caller's thread reads (its COPY waits mostly on PostgreSQL) and hands rows in batches to a builder
 * thread, which formats, compresses and finishes each group's reports. Everything touching the database stays on the
 * caller's thread and in its transaction: once group N+1 is read, group N's reports are sent. At most
 * {@value #BATCHES_IN_FLIGHT} batches wait for the builder, so memory stays flat however large a group is.
 */
final class GroupSequence implements ReportInputs.AggregateSink, AutoCloseable {

    private static final int BATCH = 4096;
    private static final int BATCHES_IN_FLIGHT = 16;

    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "vas-report-builder");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);
    private final Function<String, GroupPass> passes;
    private final ToIntFunction<List<Outbound.Draft>> send;
    private volatile Throwable failure;
    private String gspGroup;
    private GroupPass pass;
    private RowBatch batch = new RowBatch(BATCH);
    private Future<List<Outbound.Draft>> pending;
    private int sent;

    /**
     * @param passes a new group's pass (throws when the group cannot be reported)
     * @param send   sends a group's reports in the caller's transaction, giving how many
     */
    GroupSequence(Function<String, GroupPass> passes, ToIntFunction<List<Outbound.Draft>> send) {
        this.passes = passes;
        this.send = send;
    }

    @Override
    public void accept(AggregateRow row) {
        if (failure != null) {
            rethrow(failure);
        }
        if (!row.gspGroup().equals(gspGroup)) {
            gspGroup = row.gspGroup();
            pass = passes.apply(gspGroup);
        }
        if (batch.add(row)) {
            hand();
        }
    }

    @Override
    public void groupRead(String group) {
        if (pass == null) {
            return;
        }
        hand();
        GroupPass ended = pass;
        Future<List<Outbound.Draft>> drafts = builder.submit(() -> failure == null ? ended.end() : List.of());
        pass = null;
        gspGroup = null;
        sendPending();
        pending = drafts;
    }

    /** Sends the last group's reports. @return how many were sent in all */
    int end() {
        sendPending();
        return sent;
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }

    private void hand() {
        if (batch.isEmpty()) {
            return;
        }
        RowBatch rows = batch;
        GroupPass to = pass;
        batch = new RowBatch(BATCH);
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing aggregates to the report builder", e);
        }
        builder.execute(() -> {
            try {
                if (failure == null) {
                    rows.forEach(to::add);
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                inFlight.release();
            }
        });
    }

    private void sendPending() {
        if (pending == null) {
            return;
        }
        List<Outbound.Draft> drafts;
        try {
            drafts = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a GSP group's reports", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
        pending = null;
        if (failure != null) {
            rethrow(failure);
        }
        sent += send.applyAsInt(drafts);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
