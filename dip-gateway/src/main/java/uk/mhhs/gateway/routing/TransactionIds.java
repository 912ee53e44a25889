package uk.mhhs.gateway.routing;

import java.security.SecureRandom;
import java.time.Instant;
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

    private final AtomicLong counter = new AtomicLong();
    private final String node = String.format(Locale.ROOT, "%04X", new SecureRandom().nextInt(0x10000));

    /**
     * @param interfaceId e.g. {@code IF-021}
     * @param senderDipId {@code S1.senderDIPID}
     * @param senderRole  {@code S1.senderRoleID}
     * @param at          the transaction time (its UTC date is used)
     */
    public String next(String interfaceId, String senderDipId, String senderRole, Instant at) {
        String unique = String.format(Locale.ROOT, "%011X%05X%s", at.toEpochMilli() & 0xFFFFFFFFFFFL,
                counter.getAndIncrement() & 0xFFFFF, node);
        String id = "T-" + interfaceId + '-' + senderDipId + '-' + senderRole + '-' + DAY.format(at) + '-' + unique;
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("transaction ID longer than 65 characters: " + id);
        }
        return id;
    }
}
