package uk.mhhs.gateway.routing;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes DIP transaction IDs, {@code T-<interface>-<sender DIP ID>-<role>-<yyyyMMdd>-<unique>}, e.g.
 * {@code T-IF-021-9900000003-SDS-20260321-19C2F4A1B7E00001A3F2} (at most 65 characters, spec DT-014).
 *
 * <p>The unique part is 20 upper-case hex digits: the millisecond (11), a per-process counter (5) and a random
 * per-process node number (4), so IDs are unique in one process and, with overwhelming probability, across
 * instances; the primary key of {@code dip.accepted_message} catches the rest. Thread-safe.
 */
public final class TransactionIds {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LENGTH = 65;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final AtomicLong counter = new AtomicLong();
    private final String node = String.format(Locale.ROOT, "%04X", new SecureRandom().nextInt(0x10000));

    /**
     * @param interfaceId e.g. {@code IF-021}
     * @param senderDipId {@code S1.senderDIPID}
     * @param senderRole  {@code S1.senderRoleID}
     * @param at          the transaction time (its UTC date is used)
     */
    public String next(String interfaceId, String senderDipId, String senderRole, Instant at) {
        StringBuilder id = new StringBuilder(MAX_LENGTH + 8).append("T-").append(interfaceId).append('-')
                .append(senderDipId).append('-').append(senderRole).append('-');
        appendDay(id, at);
        id.append('-');
        appendHex(id, at.toEpochMilli() & 0xFFFFFFFFFFFL, 11);
        appendHex(id, counter.getAndIncrement() & 0xFFFFF, 5);
        id.append(node);
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("transaction ID longer than 65 characters: " + id);
        }
        return id.toString();
    }

    /** {@code yyyyMMdd} of the UTC day, as {@code DAY} formats it (years 0 to 9999). */
    private static void appendDay(StringBuilder to, Instant at) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
        int year = day.getYear();
        if (year < 0 || year > 9999) {
            to.append(DAY.format(at));
            return;
        }
        appendDecimal(to, year, 4);
        appendDecimal(to, day.getMonthValue(), 2);
        appendDecimal(to, day.getDayOfMonth(), 2);
    }

    private static void appendDecimal(StringBuilder to, int value, int digits) {
        for (int shift = digits - 1; shift >= 0; shift--) {
            int power = 1;
            for (int i = 0; i < shift; i++) {
                power *= 10;
            }
            to.append((char) ('0' + (value / power) % 10));
        }
    }

    /** The low {@code digits} hex digits of {@code value}, upper case, zero-padded (as {@code %0<digits>X}). */
    private static void appendHex(StringBuilder to, long value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            to.append(HEX[(int) ((value >>> shift) & 0xF)]);
        }
    }
}
