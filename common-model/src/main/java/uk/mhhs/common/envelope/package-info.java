/**
 * Records for the DIP envelope, spelt exactly as the official DIP OpenAPI specification v2.1.0
 * ({@code RealCommonBlocks}, {@code SubmitEvents}): {@link uk.mhhs.common.envelope.DipMessage},
 * {@link uk.mhhs.common.envelope.Payload}, {@link uk.mhhs.common.envelope.CommonBlock} with its
 * blocks, and the {@link uk.mhhs.common.envelope.StandardResponse} of the send API.
 *
 * <p>Wire values stay strings as on the wire (the 25-char timestamps, DIP IDs, MPAN core): these
 * records carry messages as received, including ones that later fail validation, and the check digit
 * of an MPAN is a business rule, not a schema rule. Use {@code uk.mhhs.common.mpan},
 * {@code uk.mhhs.common.party} and {@code uk.mhhs.common.time.DipTimestamps} to interpret them.
 *
 * <p>Nulls: a block that is absent is omitted ({@code CommonBlock} is {@code NON_NULL}); inside a
 * block a nullable field is still a required key and is written as an explicit {@code null}.
 * {@link uk.mhhs.common.envelope.Envelopes#mapper()} is the mapper to use.
 */
package uk.mhhs.common.envelope;
