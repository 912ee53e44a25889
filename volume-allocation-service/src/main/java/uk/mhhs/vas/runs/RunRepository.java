package uk.mhhs.vas.runs;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.mhhs.vas.model.RunType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The runs. */
public interface RunRepository extends JpaRepository<Run, UUID> {

    /** The runs of a settlement date, by type and number. */
    @Query("select r from Run r where r.settlementDate = ?1 order by r.runType, r.runNumber")
    List<Run> findBySettlementDate(LocalDate settlementDate);

    /** The highest run number of (date, type) so far, 0 when there is none. */
    @Query("select coalesce(max(r.runNumber), 0) from Run r where r.settlementDate = ?1 and r.runType = ?2")
    int lastRunNumber(LocalDate settlementDate, RunType runType);

    /** How many runs are in {@code state} (the {@code vas.runs} gauge). */
    @Query("select count(r) from Run r where r.state = ?1")
    long countInState(RunState state);

    /** When the oldest run not yet over (requested, gathering or calculating) was requested; null when none is. */
    @Query("select min(r.requestedAt) from Run r where r.state in (uk.mhhs.vas.runs.RunState.REQUESTED, "
            + "uk.mhhs.vas.runs.RunState.GATHERING, uk.mhhs.vas.runs.RunState.CALCULATING)")
    java.time.Instant oldestUnfinishedRequestedAt();
}
