package uk.mhhs.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the registration service ({@code mhhs.registration.*}).
 *
 * @param operatorToken the value operators send in {@code X-REG-Operator-Token} to run a migration import; imports
 *                      are refused while it is blank
 * @param migration     how the bulk import works
 */
@ConfigurationProperties("mhhs.registration")
public record RegistrationProperties(String operatorToken, @DefaultValue Migration migration) {

    /**
     * @param chunkRows          rows per transaction: a crash loses at most one chunk, and a re-run skips the
     *                           MPANs earlier chunks registered
     * @param rejectionsInAnswer how many rejected rows the POST answer lists (all are kept in the database)
     */
    public record Migration(@DefaultValue("200000") int chunkRows, @DefaultValue("1000") int rejectionsInAnswer) {
    }
}
