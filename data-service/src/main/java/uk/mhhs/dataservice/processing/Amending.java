package uk.mhhs.dataservice.processing;

import uk.mhhs.dataservice.rules.PeriodValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Lays an accepted consumption amendment over a day: each amended period carries q = E8, e = 9 and the arc. */
final class Amending {

    private Amending() {
    }

    static List<PeriodValue> overlay(List<PeriodValue> periods, BigDecimal[] amended, String arc) {
        List<PeriodValue> result = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            BigDecimal value = i < amended.length ? amended[i] : null;
            result.add(value == null ? periods.get(i) : new PeriodValue(value, "E8", "9", arc));
        }
        return result;
    }
}
