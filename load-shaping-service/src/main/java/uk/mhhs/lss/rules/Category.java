package uk.mhhs.lss.rules;

import java.util.Objects;
import java.util.Set;

/**
 * A load shape category. Fine categories (the ones MPANs belong to) have a GSP group; the coarser levels of the
 * fallback ladder ({@link #withAnyDomestic()}, {@link #national()}) are categories too.
 *
 * @param gspGroup       the GSP group, "_A".."_P" (the 14 GB groups: _A–_H, _J–_N, _P), or {@code null} = national
 * @param connectionType W (whole current), L (LV CT), H (HV), E (EHV), U (unmetered)
 * @param segment        S (smart), A (advanced), U (unmetered)
 * @param domestic       "T" domestic, "F" non-domestic, or {@code null} = any
 * @param mq             measurement quantity: AI, AE, RI, RE
 */
public record Category(String gspGroup, String connectionType, String segment, String domestic, String mq) {

    /** The 14 GSP groups of Great Britain (there is no _I or _O). */
    public static final Set<String> GSP_GROUPS = Set.of("_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K",
            "_L", "_M", "_N", "_P");
    public static final Set<String> CONNECTION_TYPES = Set.of("W", "L", "H", "E", "U");
    public static final Set<String> SEGMENTS = Set.of("S", "A", "U");
    public static final Set<String> DOMESTIC = Set.of("T", "F");
    public static final Set<String> MEASUREMENT_QUANTITIES = Set.of("AI", "AE", "RI", "RE");

    public Category {
        if (gspGroup != null && !GSP_GROUPS.contains(gspGroup)) {
            throw new IllegalArgumentException("gspGroup must be one of _A.._P (not _I, _O) or null, got " + gspGroup);
        }
        check("connectionType", connectionType, CONNECTION_TYPES);
        check("segment", segment, SEGMENTS);
        if (domestic != null && !DOMESTIC.contains(domestic)) {
            throw new IllegalArgumentException("domestic must be T, F or null (any), got " + domestic);
        }
        check("mq", mq, MEASUREMENT_QUANTITIES);
    }

    private static void check(String name, String value, Set<String> allowed) {
        Objects.requireNonNull(value, name);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(name + " must be one of " + allowed + ", got " + value);
        }
    }

    /** The same category with the domestic indicator dropped (domestic any). */
    public Category withAnyDomestic() {
        return new Category(gspGroup, connectionType, segment, null, mq);
    }

    /** The same category without the GSP group (national), keeping the domestic indicator. */
    public Category national() {
        return new Category(null, connectionType, segment, domestic, mq);
    }

    /**
     * Whether the fine category {@code fine} belongs to this (possibly coarser) category: same connection type,
     * segment and measurement quantity, and the same GSP group / domestic indicator unless this one has
     * {@code null} (any) there.
     */
    public boolean contains(Category fine) {
        return connectionType.equals(fine.connectionType) && segment.equals(fine.segment) && mq.equals(fine.mq)
                && (gspGroup == null || gspGroup.equals(fine.gspGroup))
                && (domestic == null || domestic.equals(fine.domestic));
    }
}
