package uk.mhhs.vas.aggregates;

import org.postgresql.copy.CopyOut;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Parses COPY's text format of (gsp_group, supplier_mpid, bm_unit_id, ccc_id, period, kwh, mpans) byte by byte, rows
 * and fields free to be cut anywhere between reads. IDs are ASCII without tabs or backslashes (checked when the set was
 * stored), so no escape can occur; one would mean another table shape, and throws rather than misreads.
 */
final class CopyTextParser {

    private static final int FIELDS = 7;
    private static final int KWH = 5;
    private static final long[] TENS = {1000, 100, 10, 1};

    private final CopyOut copy;
    private final int bufferBytes;
    private final AggregateRow row = new AggregateRow();
    private final byte[][] text = new byte[3][16];
    private final int[] textLength = new int[3];
    private final byte[][] previous = new byte[3][];
    private int field;
    private long number;
    private boolean negative;
    private int decimals = -1;
    private long rows;

    CopyTextParser(CopyOut copy, int bufferBytes) {
        this.copy = copy;
        this.bufferBytes = Math.max(1, bufferBytes);
    }

    void rows(Consumer<AggregateRow> sink) throws SQLException {
        for (byte[] data = copy.readFromCopy(); data != null; data = copy.readFromCopy()) {
            for (int from = 0; from < data.length; from += bufferBytes) {
                parse(data, from, Math.min(data.length, from + bufferBytes), sink);
            }
        }
        if (field != 0 || textLength[0] != 0) {
            throw new IllegalStateException("the aggregates' COPY ended inside a row (after " + rows + " rows)");
        }
    }

    private void parse(byte[] data, int from, int to, Consumer<AggregateRow> sink) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b == '\t' || b == '\n') {
                endField();
                if (b == '\n') {
                    if (field != FIELDS) {
                        throw malformed("has " + field + " fields, not " + FIELDS);
                    }
                    rows++;
                    sink.accept(row);
                    field = 0;
                }
            } else if (field < 3) {
                if (b == '\\') {
                    throw malformed("has an escape in field " + (field + 1));
                }
                byte[] buffer = text[field];
                if (textLength[field] == buffer.length) {
                    text[field] = buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                buffer[textLength[field]++] = b;
            } else if (b >= '0' && b <= '9') {
                number = number * 10 + (b - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (b == '-' && number == 0 && !negative && decimals < 0) {
                negative = true;
            } else if (b == '.' && field == KWH && decimals < 0) {
                decimals = 0;
            } else {
                throw malformed("has an unexpected character '" + (char) b + "' in field " + (field + 1));
            }
        }
    }

    private void endField() {
        if (field >= FIELDS) {
            throw malformed("has more than " + FIELDS + " fields");
        }
        if (field < 3) {
            String value = text(field);
            switch (field) {
                case 0 -> row.gspGroup = value;
                case 1 -> row.supplier = value;
                default -> row.bmUnit = value;
            }
            textLength[field] = 0;
        } else {
            long value = negative ? -number : number;
            switch (field) {
                case 3 -> row.ccc = (int) value;
                case 4 -> row.period = (int) value;
                case KWH -> {
                    int scale = Math.max(decimals, 0);
                    if (scale > 3) {
                        throw malformed("has kWh with more than 3 decimals");
                    }
                    row.kwhThousandths = value * TENS[scale];
                }
                default -> row.mpans = Math.toIntExact(value);
            }
            number = 0;
            negative = false;
            decimals = -1;
        }
        field++;
    }

    /** The field's text, the previous row's String when the bytes are the same. */
    private String text(int f) {
        int length = textLength[f];
        byte[] before = previous[f];
        if (before != null && Arrays.equals(before, 0, before.length, text[f], 0, length)) {
            return switch (f) {
                case 0 -> row.gspGroup;
                case 1 -> row.supplier;
                default -> row.bmUnit;
            };
        }
        if (length == 0) {
            throw malformed("has an empty field " + (f + 1));
        }
        previous[f] = Arrays.copyOf(text[f], length);
        return new String(text[f], 0, length, StandardCharsets.US_ASCII);
    }

    private IllegalStateException malformed(String what) {
        return new IllegalStateException("aggregate row " + (rows + 1) + " of the COPY " + what);
    }
}
