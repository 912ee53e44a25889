package uk.mhhs.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the registration service ({@code mhhs.registration.*}). The time-driven steps are the service kit's
 * scheduler, set with {@code mhhs.scheduler.enabled} and {@code mhhs.scheduler.interval}.
 *
 * @param operatorToken the value operators (and the CSS stand-in) send in {@code X-REG-Operator-Token}; the
 *                      operator endpoints refuse every call while it is blank
 * @param migration     how the bulk import works
 * @param parties       the DIP IDs of the central services the processes send to, and ISD caching
 * @param processes     the rules of the registration processes that are reconstructions (see README)
 * @param reminders     the IF-045 reminders
 */
@ConfigurationProperties("mhhs.registration")
public record RegistrationProperties(String operatorToken, @DefaultValue Migration migration,
                                     @DefaultValue Central parties, @DefaultValue Processes processes,
                                     @DefaultValue Reminders reminders) {

    /**
     * @param enabled         whether the daily IF-045 sweep sends reminders
     * @param remindEveryDays an MPAN still inconsistent is reminded again this many days after its last reminder
     */
    public record Reminders(@DefaultValue("true") boolean enabled, @DefaultValue("7") int remindEveryDays) {
    }

    /**
     * @param chunkRows          rows per transaction: a crash loses at most one chunk, and a re-run skips the
     *                           MPANs earlier chunks registered
     * @param rejectionsInAnswer how many rejected rows the POST answer lists (all are kept in the database)
     */
    public record Migration(@DefaultValue("200000") int chunkRows, @DefaultValue("1000") int rejectionsInAnswer) {
    }

    /**
     * @param mdsDipId           Market-wide Data Service (IF-001, IF-008, IF-009, IF-036, IF-037, IF-044 …)
     * @param lssDipId           Load Shaping Service (IF-026)
     * @param dccDipId           the DCC (IF-043 connection type changes); blank = none connected, IF-043 not sent
     * @param isdRefreshInterval how often the ISD copy (participants, distributors) reads what ISD published
     */
    public record Central(@DefaultValue("9900000005") String mdsDipId, @DefaultValue("9900000004") String lssDipId,
                          @DefaultValue("") String dccDipId, @DefaultValue("PT30S") Duration isdRefreshInterval) {
    }

    /**
     * @param maxDaysAhead          an appointment may take effect at most this many days ahead (REG1099: 28)
     * @param appointmentLapseDays  an appointment request the provider has not accepted this many days after its
     *                              effective-from date lapses (IF-035 Lapsed); a reconstruction, no official
     *                              figure is published
     */
    public record Processes(@DefaultValue("28") int maxDaysAhead, @DefaultValue("5") int appointmentLapseDays,
                            @DefaultValue Segments segments) {
    }

    /**
     * What each market segment (S smart, A advanced, U unmetered) allows: the DIP roles a Metering Service and a
     * Data Service must hold (REG1031), and the consent granularities (REG1035, IF-045 ConsentGranularityInvalid).
     * Our reading of DES138, not a published table: configurable.
     */
    public record Segments(@DefaultValue({"S=MSS", "A=MSA", "U=UMSO"}) java.util.List<String> msRoles,
                           @DefaultValue({"S=SDS", "A=ADS", "U=UMSDS"}) java.util.List<String> dsRoles,
                           @DefaultValue({"S=HDMN", "A=H", "U=H"}) java.util.List<String> consent) {

        /** The MS role of {@code segment}, or {@code null} if none is configured. */
        public String msRole(String segment) {
            return lookup(msRoles, segment);
        }

        /** The DS role of {@code segment}, or {@code null} if none is configured. */
        public String dsRole(String segment) {
            return lookup(dsRoles, segment);
        }

        /** Whether consent granularity {@code granularity} (H/D/M/N) is allowed in {@code segment}. */
        public boolean consentAllowed(String segment, String granularity) {
            String allowed = lookup(consent, segment);
            return allowed != null && granularity != null && granularity.length() == 1 && allowed.contains(granularity);
        }

        private static String lookup(java.util.List<String> pairs, String segment) {
            return pairs.stream().filter(p -> p.startsWith(segment + "=")).map(p -> p.substring(segment.length() + 1))
                    .findFirst().orElse(null);
        }
    }
}
