package uk.mhhs.isd;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Settings of the ISD service ({@code mhhs.isd.*}).
 *
 * @param operatorToken  the value operators send in {@code X-ISD-Operator-Token} to import a version; imports are
 *                       refused while it is blank
 * @param publicBaseUrl  where participants download a version (IF-047 {@code distributionDeliveryURI})
 * @param distribution   when versions are distributed
 * @param seed           the default data set loaded as version 1 into an empty database
 */
@ConfigurationProperties("mhhs.isd")
public record IsdProperties(String operatorToken,
                            @DefaultValue("http://localhost:8081") String publicBaseUrl,
                            @DefaultValue Distribution distribution,
                            @DefaultValue Seed seed) {

    /**
     * @param enabled            whether the scheduler distributes versions as they become effective
     * @param interval           how often it looks for due versions
     * @param snapshotPartitions partitions of each {@code isd.<entity>} topic
     */
    public record Distribution(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
                               @DefaultValue("3") int snapshotPartitions) {
    }

    /**
     * @param enabled     load the seed data set when no version exists
     * @param effectiveFrom version 1's effective-from date
     * @param firstYear   first year of generated bank holidays
     * @param lastYear    last year of generated bank holidays
     * @param llfFrom     first settlement date of generated line loss factors
     * @param llfTo       last settlement date of generated line loss factors
     */
    public record Seed(@DefaultValue("true") boolean enabled, @DefaultValue("2024-01-01") LocalDate effectiveFrom,
                       @DefaultValue("2024") int firstYear, @DefaultValue("2030") int lastYear,
                       @DefaultValue("2025-01-01") LocalDate llfFrom, @DefaultValue("2027-12-31") LocalDate llfTo) {
    }
}
