package uk.mhhs.registration.process.appointment;

import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;

/**
 * An IF-031 appointment request as held in {@code appointment_request}.
 *
 * @param service     {@code MS} (B070) or {@code DS} (B071)
 * @param block       the B070/B071 block as the supplier sent it (echoed in IF-032/033/035)
 * @param status      REQUESTED, ACCEPTED, ACTIVE, REJECTED, LAPSED or SUPERSEDED
 */
public record AppointmentRequest(long id, String mpanCore, String service, String scenario, String cssRegistrationId,
                                 String requestingDipId, String requestingMpid, String proposedDipId,
                                 String proposedMpid, LocalDate effectiveFrom, String contractReference,
                                 String readFrequency, String proposedConsent, Boolean proposedDomestic,
                                 ObjectNode block, String status) {

    /** {@code MS} → {@code MSApp}, the prefix of this service's event codes. */
    public String eventPrefix() {
        return service + "App";
    }

    /** {@code B070} for MS, {@code B071} for DS. */
    public String blockName() {
        return "MS".equals(service) ? "B070" : "B071";
    }
}
