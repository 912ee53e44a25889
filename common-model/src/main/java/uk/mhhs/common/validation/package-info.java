/**
 * Level-1 validation of a DIP message payload against the official spec, shared by the DIP stand-in
 * (gateway, {@code MSG} codes) and by recipients ({@code RCP} codes):
 * {@link uk.mhhs.common.validation.MessageValidator} checks the interface id, event code, schema version and
 * sender timestamp and validates the payload against the JSON Schema of its event's variant, after
 * {@link uk.mhhs.common.validation.KeyCanonicaliser} has put the keys into the spec's spelling (the DIP
 * ignores key case on ingress; values stay case-sensitive).
 */
package uk.mhhs.common.validation;
