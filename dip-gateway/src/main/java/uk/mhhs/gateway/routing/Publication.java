package uk.mhhs.gateway.routing;

import java.util.List;
import java.util.Map;

/**
 * One PUB ready to publish: the record for {@code dip.pub.<nnn>} and what the gateway records about it.
 *
 * @param transactionId the assigned {@code D0.transactionID}
 * @param publicationId e.g. {@code PUB-021}
 * @param topic         full topic name, e.g. {@code dip.pub.021}
 * @param key           the MPAN core (M0.MPANCore or M1.principalMPAN), or null
 * @param value         UTF-8 JSON {@code {"payload": {...}}}: the message with D0 added and A0 filled
 * @param headers       Kafka headers ({@code dip-transaction-id}, {@code dip-interface-id}, ...)
 * @param recipients    every DIP ID in A0 (primary, secondary, always), without duplicates
 */
public record Publication(String transactionId, String publicationId, String topic, String key, byte[] value,
                          Map<String, String> headers, List<String> recipients) {
}
