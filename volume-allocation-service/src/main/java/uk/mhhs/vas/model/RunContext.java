package uk.mhhs.vas.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the calculation and the reports of one run need to know about it: its identity and its recorded inputs.
 *
 * @param runId           the run's immutable id
 * @param settlementDate  the UK settlement date
 * @param runType         the run type
 * @param runNumber       the run's number among the runs of (settlement date, run type), from 1
 * @param periods         the settlement day's periods: 46, 48 or 50
 * @param executedAt      when the run's calculation started (the reports' R007 settlement run execution date)
 * @param aggregateSetId  the MDS aggregate set it allocates
 * @param gspGroupTakeId  the GSP Group Take version it corrects to
 */
public record RunContext(UUID runId, LocalDate settlementDate, RunType runType, int runNumber, int periods,
                         Instant executedAt, UUID aggregateSetId, long gspGroupTakeId) {
}
