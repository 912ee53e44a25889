package uk.mhhs.registration.register;

import java.time.LocalDate;

/**
 * Who is responsible for an MPAN on a date: the registered supplier and the appointed Metering and Data
 * Services. This is what the gateway needs to resolve secondary recipients. A party is {@code null} where there
 * is none on the date.
 */
public record Parties(String mpanCore, LocalDate date, Supplier supplier, Appointment meteringService,
                      Appointment dataService) {

    /** The registered supplier from {@code effectiveFrom} (B002). */
    public record Supplier(String dipId, String mpid, LocalDate effectiveFrom) {
    }

    /**
     * An MS or DS appointment (B014/B015).
     *
     * @param scenario      the appointment scenario that made it (COS, CSP, USP, SEG, MCA, MCS, ALG)
     * @param readFrequency traditional / fall-back read frequency W, F, M, Q, S, A (may be null)
     */
    public record Appointment(String dipId, String mpid, LocalDate effectiveFrom, String contractReference,
                              String scenario, String readFrequency) {
    }
}
