package uk.mhhs.gateway.participants;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The participant registry and its admin API ({@code mhhs.gateway.participants.*}, bound by {@code GatewayProperties}).
 *
 * @param adminToken      the {@code X-Admin-Token} the admin API requires; empty disables the admin API
 * @param refreshInterval how often every instance reloads the registry (changes made through this instance's
 *                        admin API apply at once)
 * @param seedDirectory   local profile: where the seeded participants' API keys and signing credentials are written
 */
public record ParticipantsProperties(String adminToken, @DefaultValue("PT30S") Duration refreshInterval,
                                     @DefaultValue(".local-suite/dip-gateway/participants") String seedDirectory) {
}
