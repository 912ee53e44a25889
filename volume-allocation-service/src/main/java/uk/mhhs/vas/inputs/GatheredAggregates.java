package uk.mhhs.vas.inputs;

import java.util.UUID;

/**
 * An MDS aggregate set stored for a run.
 *
 * @param setId        the set's id in {@code aggregate_set}
 * @param mdsRunId     the MDS run it came from
 * @param mdsRunNumber that run's number among MDS's runs of the date and type
 * @param rows         how many aggregate rows it holds
 */
public record GatheredAggregates(UUID setId, UUID mdsRunId, int mdsRunNumber, long rows) {
}
