package uk.mhhs.gateway.routing;

import java.util.List;

/**
 * Resolves the secondary recipients of a message (DIP IDs), which the real DIP looks up from the MPAN's
 * registration. The default is {@link ConfiguredSecondaryRecipients}; a bean of this type replaces it (e.g. one
 * backed by the registration service's data).
 */
public interface SecondaryRecipientResolver {

    /** DIP IDs of the secondary recipients of this message, without duplicates; empty if none. */
    List<String> secondaryRecipients(RoutingRequest request);
}
