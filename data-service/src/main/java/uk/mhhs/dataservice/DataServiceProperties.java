package uk.mhhs.dataservice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The data service's settings ({@code mhhs.data-service.*}); the validation and estimation thresholds are under
 * {@code ve} (see the module README for each default and why).
 *
 * @param mdsDipId         the Market-wide Data Service, a primary recipient of every IF-021
 * @param lssDipId         the Load Shaping Service, a primary recipient of every IF-021
 * @param operatorToken    operators send it in {@code X-DS-Operator-Token}; operator calls are refused while blank
 * @param dailySendAt      UK time of day after which the daily job sends D-1 for every appointed MPAN
 * @param processInterval  how often the processor looks for pending MPAN-days
 * @param batchSize        MPAN-days per processing transaction
 * @param workers          threads working the queue at once (each claims its own batches)
 * @param rfCutoffDays     days after the settlement date until which data may still change (the RF run);
 *                         after it nothing is re-sent and amendments are refused
 * @param maxReadingsRows  the most rows one meter-data batch may carry
 * @param spConvention     {@code end} (default: DI-082 defines {@code sp} as the period's end) or {@code start}
 *                         (as the published IF-021 example does)
 */
@ConfigurationProperties("mhhs.data-service")
public record DataServiceProperties(String mdsDipId, String lssDipId, String operatorToken, LocalTime dailySendAt,
                                    Duration processInterval, Integer batchSize, Integer workers,
                                    Integer rfCutoffDays, Integer maxReadingsRows, String spConvention) {

    @ConstructorBinding
    public DataServiceProperties {
        mdsDipId = mdsDipId == null ? "9900000005" : mdsDipId;
        lssDipId = lssDipId == null ? "9900000004" : lssDipId;
        dailySendAt = dailySendAt == null ? LocalTime.of(4, 0) : dailySendAt;
        processInterval = processInterval == null ? Duration.ofSeconds(10) : processInterval;
        batchSize = batchSize == null ? 500 : batchSize;
        workers = workers == null ? 2 : workers;
        rfCutoffDays = rfCutoffDays == null ? 425 : rfCutoffDays;
        maxReadingsRows = maxReadingsRows == null ? 10_000 : maxReadingsRows;
        spConvention = spConvention == null ? "end" : spConvention;
    }
}
