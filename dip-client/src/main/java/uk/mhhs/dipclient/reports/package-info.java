/**
 * What the settlement services' DIP reports (REP-00x) share: the compressed content of {@code P03.compressedReport}
 * ({@link uk.mhhs.dipclient.reports.CompressedReport}), the run blocks R013/R007/R002/R103
 * ({@link uk.mhhs.dipclient.reports.ReportBlocks}), and REP-006's content, which MDS sends and VAS re-sends per supplier
 * ({@link uk.mhhs.dipclient.reports.Rep006Writer}).
 */
package uk.mhhs.dipclient.reports;
