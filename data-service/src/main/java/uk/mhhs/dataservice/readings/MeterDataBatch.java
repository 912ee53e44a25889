package uk.mhhs.dataservice.readings;

import java.util.List;

/**
 * A batch of meter data as the meter-reading collection (the DCC, for smart meters; the ADS's own collection for
 * advanced) hands it to the data service, on {@code POST /data-service/v1/meter-data} or the
 * {@code meter-data.readings} topic. Each row is one meter of one MPAN: interval values keyed by the period's end in
 * UTC, and cumulative register reads. A batch is applied whole or not at all.
 *
 * @param rows the rows; at most {@code mhhs.data-service.max-readings-rows}
 */
public record MeterDataBatch(List<Row> rows) {

    /**
     * @param mpan          MPAN core, 13 digits
     * @param meterId       a meter registration told us of for the MPAN
     * @param meterRole     {@code MAIN} (default) or {@code CHECK} (advanced only)
     * @param quantity      {@code AI} (default), {@code AE}, {@code RI}, {@code RE}
     * @param periods       interval values
     * @param registerReads cumulative register reads of the meter
     */
    public record Row(String mpan, String meterId, String meterRole, String quantity, List<Period> periods,
                      List<RegisterRead> registerReads) {
    }

    /** @param end the period's end, UTC ({@code 2026-11-22T00:30:00Z}); @param kwh the energy, up to 3 decimals */
    public record Period(String end, String kwh) {
    }

    /** @param at the read's time, UTC; @param kwh the register's cumulative value, up to 3 decimals */
    public record RegisterRead(String at, String kwh) {
    }
}
