package uk.mhhs.registration.reference;

import uk.mhhs.dipclient.isd.IsdSnapshot;
import uk.mhhs.dipclient.isd.IsdSnapshotCache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link ReferenceData} from ISD's compacted topics ({@code isd.market-participant}, {@code isd.distributor})
 * through an {@link IsdSnapshotCache}: rebuilt at the first use, refreshed when older than {@code refreshEvery},
 * and rebuilt once more on a miss (ISD may have published a topic created after our start).
 */
public final class IsdReferenceData implements ReferenceData, AutoCloseable {

    static final List<String> ENTITIES = List.of("market-participant", "distributor");

    private final Supplier<IsdSnapshotCache> cacheFactory;
    private final Duration refreshEvery;
    private final Clock clock;
    private final String mdsDipId;
    private final String lssDipId;
    private IsdSnapshotCache cache;
    private Instant refreshedAt = Instant.MIN;

    public IsdReferenceData(Supplier<IsdSnapshotCache> cacheFactory, Duration refreshEvery, Clock clock,
                            String mdsDipId, String lssDipId) {
        this.cacheFactory = cacheFactory;
        this.refreshEvery = refreshEvery;
        this.clock = clock;
        this.mdsDipId = mdsDipId;
        this.lssDipId = lssDipId;
    }

    @Override
    public List<Participant> rolesOf(String dipId, LocalDate date) {
        List<Participant> found = participants(dipId, date);
        if (found.isEmpty() && rebuild()) {
            found = participants(dipId, date);
        }
        return found;
    }

    @Override
    public Optional<String> ldsoDipId(int distributorId, LocalDate date) {
        Optional<String> found = ldso(distributorId, date);
        if (found.isEmpty() && rebuild()) {
            found = ldso(distributorId, date);
        }
        return found;
    }

    @Override
    public String mdsDipId() {
        return mdsDipId;
    }

    @Override
    public String lssDipId() {
        return lssDipId;
    }

    private List<Participant> participants(String dipId, LocalDate date) {
        return rows("market-participant", date).stream()
                .filter(r -> dipId != null && dipId.equals(text(r, "dip_id")))
                .map(r -> new Participant(text(r, "dip_id"), text(r, "mpid"), text(r, "dip_role")))
                .toList();
    }

    private Optional<String> ldso(int distributorId, LocalDate date) {
        Optional<String> mpid = rows("distributor", date).stream()
                .filter(r -> String.valueOf(distributorId).equals(text(r, "distributor_id")))
                .map(r -> text(r, "mpid")).findFirst();
        return mpid.flatMap(m -> rows("market-participant", date).stream()
                .filter(r -> m.equals(text(r, "mpid")) && "LDSO".equals(text(r, "dip_role")))
                .map(r -> text(r, "dip_id")).findFirst());
    }

    private synchronized List<IsdSnapshot> rows(String entity, LocalDate date) {
        Instant now = clock.instant();
        if (cache == null) {
            cache = cacheFactory.get();
            cache.rebuild();
            refreshedAt = now;
        } else if (Duration.between(refreshedAt, now).compareTo(refreshEvery) >= 0) {
            cache.refresh();
            refreshedAt = now;
        }
        return cache.asAt(entity, date);
    }

    /** Rebuilds from the beginning (at most once per second); whether it did. */
    private synchronized boolean rebuild() {
        Instant now = clock.instant();
        if (cache != null && Duration.between(refreshedAt, now).compareTo(Duration.ofSeconds(1)) < 0) {
            return false;
        }
        if (cache == null) {
            cache = cacheFactory.get();
        }
        cache.rebuild();
        refreshedAt = now;
        return true;
    }

    private static String text(IsdSnapshot row, String column) {
        var node = row.values().get(column);
        return node == null || node.isNull() ? null : node.asString();
    }

    @Override
    public synchronized void close() {
        if (cache != null) {
            cache.close();
        }
    }
}
