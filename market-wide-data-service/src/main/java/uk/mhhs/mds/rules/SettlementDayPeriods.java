package uk.mhhs.mds.rules;

import java.time.LocalDate;
import java.util.List;
import uk.mhhs.common.time.SettlementDay;

/**
 * Maps a GB settlement day (UK midnight to UK midnight) to the UTC half hours MDS stores. Built on
 * {@link SettlementDay#utcPeriods()} of common-model, re-indexed from 0.
 */
public final class SettlementDayPeriods {

    private SettlementDayPeriods() {}

    /**
     * @param ukSettlementDate a GB settlement date
     * @return its 46, 48 or 50 UTC half hours in settlement period order: element 0 is SP1, starting at UK midnight
     *     (in summer 23:00Z of the previous UTC date, index 46)
     */
    public static List<UtcPeriod> of(LocalDate ukSettlementDate) {
        return new SettlementDay(ukSettlementDate).utcPeriods().stream()
                .map(p -> new UtcPeriod(p.date(), p.index() - 1))
                .toList();
    }
}
