/**
 * Shared model of the MHHS suite: DIP envelope, interface catalogue and validation, MPAN core,
 * settlement time. Plain Java and Jackson only: no Spring, Kafka or JPA here.
 */
package uk.mhhs.common;
