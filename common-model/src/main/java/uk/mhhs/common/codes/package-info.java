/**
 * Response codes of the DIP and its participants: {@link uk.mhhs.common.codes.ResponseCode} for the
 * technical codes the DIP (MSG) and recipients (RCP) raise, and {@link uk.mhhs.common.codes.CodeBook} for
 * every code with a short name (REG, ECS, SP, DS, DSCA ...), generated from the spec and DES138.
 */
package uk.mhhs.common.codes;
