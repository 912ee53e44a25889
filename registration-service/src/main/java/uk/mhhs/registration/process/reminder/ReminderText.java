package uk.mhhs.registration.process.reminder;

import uk.mhhs.registration.RegistrationProperties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The B060 additionalInformation of a reminder: what exactly is inconsistent. */
final class ReminderText {

    private ReminderText() {
    }

    static String of(ReminderFacts.Due d, LocalDate today, Set<String> badMs, Set<String> badDs,
                     RegistrationProperties.Segments segments) {
        return switch (d.reminder()) {
            case "NoMSAppointed" -> "No Metering Service is appointed on " + today;
            case "NoDSAppointed" -> "No Data Service is appointed on " + today;
            case "InvalidMarketSegment" -> {
                List<String> problems = new ArrayList<>();
                if (d.msDipId() != null && badMs.contains(d.marketSegment() + "|" + d.msDipId())) {
                    problems.add("Metering Service " + d.msDipId() + " does not hold role "
                            + segments.msRole(d.marketSegment()));
                }
                if (d.dsDipId() != null && badDs.contains(d.marketSegment() + "|" + d.dsDipId())) {
                    problems.add("Data Service " + d.dsDipId() + " does not hold role "
                            + segments.dsRole(d.marketSegment()));
                }
                yield "Market segment " + d.marketSegment() + ": " + String.join("; ", problems);
            }
            case "ConsentGranularityInvalid" -> "Consent granularity " + d.consentGranularity()
                    + " is not allowed in market segment " + d.marketSegment();
            default -> throw new IllegalArgumentException(d.reminder());
        };
    }
}
