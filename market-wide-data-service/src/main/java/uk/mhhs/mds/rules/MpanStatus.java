package uk.mhhs.mds.rules;

import java.time.LocalDate;

/**
 * What MDS knows about an MPAN on the settlement date of an IF-021 day.
 *
 * @param registered       known to MDS and registered on the date; otherwise {@code ECS1009}
 * @param appointedDsDipId the DIP ID of the data service appointed on the date ({@code null} if none)
 * @param energised        whether the MPAN is energised on the date (de-energised: {@code ECS1008} or a warning)
 * @param energyDirection  I (import) or E (export)
 * @param rfDate           the date after which this settlement date's RF run has happened: once {@code today} is
 *                         after it, data for the date is refused ({@code ECS1003}); {@code null} = not known, no check
 */
public record MpanStatus(boolean registered, String appointedDsDipId, boolean energised, String energyDirection,
        LocalDate rfDate) {

    /** An MPAN MDS does not know at all. */
    public static MpanStatus unknown() {
        return new MpanStatus(false, null, false, null, null);
    }
}
