package uk.mhhs.vas.reference;

import uk.mhhs.dipclient.isd.IsdSnapshot;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;

import java.time.LocalDate;
import java.util.List;

/**
 * VAS's view of ISD's snapshot topics: read in full the first time, then what is new at each use, so a run always sees
 * the versions published before it started.
 */
public class IsdReference {

    /** The ISD entities VAS reads: a run's reference data and the run timetable and calendar. */
    public static final List<String> ENTITIES = List.of("consumption-component-class", "supplier-bm-unit",
            "market-participant", "settlement-run-type", "bank-holiday");

    private final IsdSnapshotCache cache;
    private boolean read;

    public IsdReference(IsdSnapshotCache cache) {
        this.cache = cache;
    }

    /** Brings the view up to date with the topics. */
    public synchronized void refresh() {
        if (read) {
            cache.refresh();
        } else {
            cache.rebuild();
            read = true;
        }
    }

    /** The rows of {@code entity} valid on {@code date} (after {@link #refresh()}). */
    public List<IsdSnapshot> asAt(String entity, LocalDate date) {
        return cache.asAt(entity, date);
    }

    /** The reference data of a run for {@code settlementDate}, read fresh. */
    public AllocationReference allocationReference(LocalDate settlementDate) {
        refresh();
        return new AllocationReference(cache::asAt, settlementDate);
    }

    /**
     * The reference data of a run for {@code settlementDate} as ISD version {@code isdVersion} had it: what a run recorded
     * when it gathered its inputs, so a later ISD release (or a resumed run) cannot change the data it calculates with.
     */
    public AllocationReference allocationReference(LocalDate settlementDate, int isdVersion) {
        refresh();
        return new AllocationReference((entity, date) -> cache.asAt(entity, date, isdVersion), settlementDate);
    }
}
