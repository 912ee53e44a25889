package uk.mhhs.registration.reference;

/**
 * A market participant's DIP role as ISD holds it ({@code market-participant}: MPID, DIP role, DIP ID).
 *
 * @param dipRole e.g. {@code SUP}, {@code MSS}, {@code SDS}, {@code LDSO}
 */
public record Participant(String dipId, String mpid, String dipRole) {
}
