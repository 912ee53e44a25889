package uk.mhhs.dipclient.reports;

import java.math.BigDecimal;

/**
 * One uncorrected aggregate of a GSP group: kWh as MDS sends it (non-negative for import and export alike; losses
 * below an LLF of 1 negative) and the MPANs in it.
 */
public record ReportAggregate(String supplier, String bmUnit, int ccc, int period, BigDecimal kwh, int mpans) {
}
