/**
 * The reports MDS sends after a settlement run, in the run's transaction: REP-006 (uncorrected consumption and losses
 * by consumption component class), one per GSP group of the run, built from the run's {@code run_aggregate} rows;
 * and REP-008 (the MDS exception report to LDSOs: LLF 1, no losses, used for MPANs whose LLFC had no factors), one
 * per GSP group and distributor. Each content is gzip-compressed and base64-encoded into {@code P03.compressedReport}.
 * The module README gives the pairing of consumption and losses classes and the recipients.
 */
package uk.mhhs.mds.reports;
