package uk.mhhs.systemtests;

import java.time.LocalDate;

/** Registration's {@code GET /registration/v1/mpans/{mpan}/parties?date=}: who serves the MPAN that day. */
record Parties(String mpanCore, LocalDate date, Party supplier, Party meteringService, Party dataService) {

    /** A party and since when; null in {@link Parties} when there is none that day. */
    record Party(String dipId, String mpid, LocalDate effectiveFrom, String scenario) {
    }
}
