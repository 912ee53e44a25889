package uk.mhhs.testsupport.bench;

import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * For benchmarks: streams rows in PostgreSQL's COPY text format into a {@link CopyIn} in ~1 MB chunks, so memory
 * does not grow with the number of rows. Append a row (or several) to {@link #out()}, call {@link #rowDone()},
 * and {@link #end()} at the end.
 */
public final class CopyStream {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder out = new StringBuilder(2 * CHUNK);

    /** @param copy an open {@code copy … from stdin} */
    public CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    /** Where to append rows (tab-separated fields, each row ending in {@code \n}). */
    public StringBuilder out() {
        return out;
    }

    /** Sends what has been appended if it is over 1 MB. */
    public void rowDone() throws SQLException {
        if (out.length() > CHUNK) {
            flush();
        }
    }

    /** Sends the rest and ends the COPY; returns the rows copied. */
    public long end() throws SQLException {
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        out.setLength(0);
    }

    /** Copies one or more rows per item: {@code writer} appends them for each item in turn. */
    public static <T> long copy(CopyIn copy, List<T> items, RowWriter<T> writer) throws SQLException {
        CopyStream stream = new CopyStream(copy);
        for (int i = 0; i < items.size(); i++) {
            writer.write(items.get(i), i, stream.out());
            stream.rowDone();
        }
        return stream.end();
    }

    /**
     * Appends the rows of one item.
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface RowWriter<T> {
        /** Appends {@code item}'s rows (the {@code index}-th item) to {@code out}. */
        void write(T item, int index, StringBuilder out);
    }
}
