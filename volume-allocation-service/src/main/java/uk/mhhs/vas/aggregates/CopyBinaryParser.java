package uk.mhhs.vas.aggregates;

import org.postgresql.copy.CopyOut;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Parses COPY's binary format of (supplier_mpid, bm_unit_id, ccc_id int4, period int2, kwh numeric, mpans int4), the
 * rows and fields free to be cut anywhere between reads. Binary spares PostgreSQL writing every number out as text and
 * Java reading it back digit by digit; a numeric arrives as base-10000 digits and becomes thousandths of a kWh exactly.
 */
final class CopyBinaryParser {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final int FIELDS = 6;
    private static final int NUMERIC_NEGATIVE = 0x4000;

    private final CopyOut copy;
    private final int bufferBytes;
    private final AggregateRow row;
    private final byte[][] previous = new byte[2][];
    private byte[] data = new byte[0];
    private int position;
    private int end;
    private long rows;

    CopyBinaryParser(CopyOut copy, int bufferBytes, String gspGroup) {
        this.copy = copy;
        this.bufferBytes = Math.max(1, bufferBytes);
        this.row = new AggregateRow();
        this.row.gspGroup = gspGroup;
    }

    void rows(Consumer<AggregateRow> sink) throws SQLException {
        for (byte expected : SIGNATURE) {
            if (u8() != (expected & 0xff)) {
                throw malformed("does not start with the binary COPY signature");
            }
        }
        int4(); // flags
        skip(int4()); // header extension
        for (int fields = int2(); fields != -1; fields = int2()) {
            if (fields != FIELDS) {
                throw malformed("has " + fields + " fields, not " + FIELDS);
            }
            row.supplier = text(0);
            row.bmUnit = text(1);
            row.ccc = fixed(4);
            row.period = fixed(2);
            row.kwhThousandths = numeric();
            row.mpans = fixed(4);
            rows++;
            sink.accept(row);
        }
        while (copy.readFromCopy() != null) {
            // the COPY ends after its trailer
        }
    }

    private int fixed(int size) throws SQLException {
        int length = int4();
        if (length != size) {
            throw malformed("has a " + length + "-byte integer where " + size + " bytes were expected");
        }
        return size == 2 ? int2() : int4();
    }

    /** The field's text, the previous row's String when the bytes are the same. */
    private String text(int f) throws SQLException {
        int length = int4();
        if (length <= 0) {
            throw malformed("has an empty or null text field");
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) u8();
        }
        if (Arrays.equals(bytes, previous[f])) {
            return f == 0 ? row.supplier : row.bmUnit;
        }
        previous[f] = bytes;
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A numeric of at most 3 decimals as thousandths: Σ digit × 10000^weight, counted in units of 10^-4 then /10. */
    private long numeric() throws SQLException {
        int length = int4();
        int digits = int2();
        int weight = (short) int2();
        int sign = int2() & 0xffff;
        int scale = int2();
        if (length != 8 + 2 * digits || scale > 3 || (sign != 0 && sign != NUMERIC_NEGATIVE)
                || weight - digits + 1 < -1) {
            throw malformed("has a kWh that is not a number of at most 3 decimals");
        }
        long tenThousandths = 0;
        int place = weight;
        for (int i = 0; i < digits; i++, place--) {
            tenThousandths = Math.addExact(Math.multiplyExact(tenThousandths, 10_000), int2());
        }
        for (; place >= -1; place--) {
            tenThousandths = Math.multiplyExact(tenThousandths, 10_000);
        }
        long thousandths = tenThousandths / 10;
        return sign == NUMERIC_NEGATIVE ? -thousandths : thousandths;
    }

    private int int2() throws SQLException {
        return (short) (u8() << 8 | u8());
    }

    private int int4() throws SQLException {
        return u8() << 24 | u8() << 16 | u8() << 8 | u8();
    }

    private void skip(int bytes) throws SQLException {
        for (int i = 0; i < bytes; i++) {
            u8();
        }
    }

    private int u8() throws SQLException {
        while (position == end) {
            if (end < data.length) {
                end = Math.min(data.length, end + bufferBytes);
            } else {
                byte[] next = copy.readFromCopy();
                if (next == null) {
                    throw malformed("ended inside a row");
                }
                data = next;
                position = 0;
                end = Math.min(data.length, bufferBytes);
            }
        }
        return data[position++] & 0xff;
    }

    private IllegalStateException malformed(String what) {
        return new IllegalStateException("aggregate row " + (rows + 1) + " of the binary COPY " + what);
    }
}
