package uk.mhhs.isd.versions;

import java.time.Instant;
import java.time.LocalDate;

/** A numbered ISD version: its rows take part in "as at" answers; it is distributed once effective. */
public record IsdVersion(int id, String description, LocalDate effectiveFrom, Instant publicationDate,
                         String status, Instant publishedAt) {
}
