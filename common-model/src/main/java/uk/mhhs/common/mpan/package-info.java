/**
 * The MPAN core: the 13-digit identifier of a metering point, with its check digit and distributor ID.
 */
package uk.mhhs.common.mpan;
