package uk.mhhs.dipclient.registration;

import uk.mhhs.dipclient.registration.PartyHistory.PartiesOnDate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who the supplier, MS and DS of an MPAN are on a date, as the registration service's register says. */
@FunctionalInterface
public interface RegisteredParties {

    /** The MPAN's parties on {@code date}; {@link PartiesOnDate#NONE} for an MPAN not known. */
    PartiesOnDate partiesOn(String mpanCore, LocalDate date);

    /** Fixed histories held in a map (for rules tested without Kafka, or a snapshot taken elsewhere). */
    static RegisteredParties of(Collection<PartyHistory> histories) {
        Map<String, PartyHistory> byMpan = histories.stream()
                .collect(Collectors.toUnmodifiableMap(PartyHistory::mpanCore, Function.identity()));
        return (mpanCore, date) -> {
            PartyHistory history = byMpan.get(mpanCore);
            return history == null ? PartiesOnDate.NONE : history.asAt(date);
        };
    }
}
