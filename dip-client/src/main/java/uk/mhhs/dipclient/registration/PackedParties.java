package uk.mhhs.dipclient.registration;

import uk.mhhs.dipclient.registration.PartyHistory.PartiesOnDate;
import uk.mhhs.dipclient.registration.PartyHistory.Party;
import uk.mhhs.dipclient.registration.PartyHistory.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache's storage: MPAN core (as a long) to its history packed into a {@code long[]}, one long per row:
 * {@code epochDay << 32 | service << 30 | party}, where party indexes a dictionary of the few hundred
 * (DIP ID, MPID) pairs (0 = none). About 100 bytes an MPAN instead of about 300 for the records, which is what
 * makes 1 million (or the market's 30 million) MPANs fit a gateway heap.
 *
 * <p>One writer (under the cache's lock), any number of readers without locks: a reader takes an MPAN's array
 * from the {@link ConcurrentHashMap} (which orders it after the writer's dictionary append) and then reads the
 * volatile dictionary array, which is therefore at least as new as the row's party.
 */
final class PackedParties {

    private static final int SUPPLIER = 0;
    private static final int METERING_SERVICE = 1;
    private static final int DATA_SERVICE = 2;
    private static final long PARTY_MASK = (1L << 30) - 1;

    private final ConcurrentHashMap<Long, long[]> histories = new ConcurrentHashMap<>(1 << 16);
    private final Map<Party, Integer> partyIndex = new HashMap<>();   // writer only
    private volatile Party[] parties = new Party[64];                 // [0] = none
    private int partyCount = 1;                                       // writer only

    void put(PartyHistory history) {
        List<Long> packed = new ArrayList<>();
        pack(history.suppliers(), SUPPLIER, packed);
        pack(history.meteringServices(), METERING_SERVICE, packed);
        pack(history.dataServices(), DATA_SERVICE, packed);
        long[] rows = new long[packed.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = packed.get(i);
        }
        histories.put(Long.parseLong(history.mpanCore()), rows);
    }

    void remove(String mpanCore) {
        histories.remove(Long.parseLong(mpanCore));
    }

    int size() {
        return histories.size();
    }

    /** The parties on {@code date}; {@link PartiesOnDate#NONE} for an MPAN not held. */
    PartiesOnDate asAt(long mpanCore, LocalDate date) {
        long[] rows = histories.get(mpanCore);
        if (rows == null) {
            return PartiesOnDate.NONE;
        }
        Party[] dictionary = parties;
        long day = date.toEpochDay();
        return new PartiesOnDate(partyOn(rows, SUPPLIER, day, dictionary),
                partyOn(rows, METERING_SERVICE, day, dictionary), partyOn(rows, DATA_SERVICE, day, dictionary));
    }

    /** The history as published (MPIDs and DIP IDs as held), or null for an MPAN not held. */
    PartyHistory history(long mpanCore) {
        long[] rows = histories.get(mpanCore);
        if (rows == null) {
            return null;
        }
        Party[] dictionary = parties;
        List<List<Row>> byService = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (long row : rows) {
            Party party = dictionary[(int) (row & PARTY_MASK)];
            byService.get(service(row)).add(new Row(LocalDate.ofEpochDay(row >> 32),
                    party == null ? null : party.dipId(), party == null ? null : party.mpid()));
        }
        return new PartyHistory(String.format("%013d", mpanCore), byService.get(SUPPLIER),
                byService.get(METERING_SERVICE), byService.get(DATA_SERVICE));
    }

    private static Party partyOn(long[] rows, int service, long day, Party[] dictionary) {
        long best = Long.MIN_VALUE;
        int party = 0;
        for (long row : rows) {
            long from = row >> 32;
            if (service(row) == service && from <= day && from > best) {
                best = from;
                party = (int) (row & PARTY_MASK);
            }
        }
        return dictionary[party];
    }

    private static int service(long row) {
        return (int) ((row >>> 30) & 3);
    }

    private void pack(List<Row> rows, int service, List<Long> into) {
        for (Row row : rows) {
            into.add(row.effectiveFrom().toEpochDay() << 32 | (long) service << 30 | indexOf(row.party()));
        }
    }

    private int indexOf(Party party) {
        if (party == null) {
            return 0;
        }
        Integer index = partyIndex.get(party);
        if (index != null) {
            return index;
        }
        Party[] current = parties;
        if (partyCount == current.length) {
            current = Arrays.copyOf(current, current.length * 2);
        }
        current[partyCount] = party;
        parties = current;          // volatile write after the element: readers see the party
        partyIndex.put(party, partyCount);
        return partyCount++;
    }
}
