package uk.mhhs.common.envelope;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of the array posted to {@code /dip-channel/{IF-nnn}} or delivered to a webhook:
 * {@code {"payload": {...}}}.
 *
 * @param payload the message
 */
public record DipMessage(@JsonProperty("payload") Payload payload) {
}
