package uk.mhhs.vas.inputs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored GSP Group Take version.
 *
 * @param versionId      its id in {@code gsp_group_take_version} (what a run records as its input)
 * @param settlementDate the day it covers
 * @param version        1, 2, ... per settlement date, in arrival order
 * @param source         {@code UPLOAD} (REST) or {@code KAFKA}
 * @param fileName       the name the operator gave, if any
 * @param receivedAt     when it was stored
 * @param rows           its rows (14 groups × the day's periods)
 * @param totalKwh       the sum of its kWh
 */
public record GspGroupTakeVersion(long versionId, LocalDate settlementDate, int version, String source,
                                  String fileName, Instant receivedAt, int rows, BigDecimal totalKwh) {
}
