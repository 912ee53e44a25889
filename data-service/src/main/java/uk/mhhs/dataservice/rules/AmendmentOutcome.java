package uk.mhhs.dataservice.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The decision on a consumption amendment: accepted with the revised 48 values of each affected UTC date, or
 * rejected with a DSCA code (see {@link AmendmentRules}).
 *
 * @param accepted       whether it was accepted
 * @param code           the rejection code (DSCAnnn), {@code null} when accepted
 * @param reason         the rejection text, {@code null} when accepted
 * @param revisedDays    the revised values per date (48 each, q = E8, e = "9", arc as requested); empty when
 *                       rejected
 */
public record AmendmentOutcome(boolean accepted, String code, String reason, SortedMap<LocalDate, List<PeriodValue>> revisedDays) {

    public static AmendmentOutcome accepted(SortedMap<LocalDate, List<PeriodValue>> days) {
        return new AmendmentOutcome(true, null, null, Collections.unmodifiableSortedMap(new TreeMap<>(days)));
    }

    public static AmendmentOutcome rejected(String code, String reason) {
        Objects.requireNonNull(code, "code");
        return new AmendmentOutcome(false, code, reason, Collections.emptySortedMap());
    }
}
