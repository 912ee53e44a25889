/**
 * Settlement time. MHHS data uses UTC dates of 48 half-hour periods, each keyed by its end instant
 * ({@link uk.mhhs.common.time.UtcSettlementPeriod}); the BSC settles on GB clock-time days in
 * Europe/London, with 46 periods on the spring clock-change day and 50 on the autumn one
 * ({@link uk.mhhs.common.time.SettlementDay}, {@link uk.mhhs.common.time.SettlementPeriod},
 * {@link uk.mhhs.common.time.SettlementCalendar}). Both grids are half hours aligned to UTC, so each
 * UTC period is exactly one settlement period. Also working days
 * ({@link uk.mhhs.common.time.WorkingDayCalendar}) and the 25-character DIP timestamp
 * ({@link uk.mhhs.common.time.DipTimestamps}).
 */
package uk.mhhs.common.time;
