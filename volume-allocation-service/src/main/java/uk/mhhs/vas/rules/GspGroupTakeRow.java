package uk.mhhs.vas.rules;

import uk.mhhs.common.party.GspGroup;

import java.math.BigDecimal;

/** One GSP group's take in one settlement period of the file's day, in kWh (scale 3). */
public record GspGroupTakeRow(GspGroup group, int period, BigDecimal kwh) {
}
