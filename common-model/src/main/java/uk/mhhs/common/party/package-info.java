/**
 * Who takes part in the market: DIP participant IDs, legacy MPIDs, market roles and GSP groups.
 */
package uk.mhhs.common.party;
