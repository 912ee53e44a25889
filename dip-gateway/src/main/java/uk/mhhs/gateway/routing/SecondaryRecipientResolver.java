package uk.mhhs.gateway.routing;

import java.util.List;
import java.util.Optional;
import uk.mhhs.common.validation.Violation;

/**
 * Resolves the secondary recipients of a message (DIP IDs), which the real DIP looks up from the MPAN's
 * registration. The default is {@link ConfiguredSecondaryRecipients}; a bean of this type replaces it (e.g. one
 * backed by the registration service's data).
 */
public interface SecondaryRecipientResolver {

    /** DIP IDs of the secondary recipients of this message, without duplicates; empty if none. */
    List<String> secondaryRecipients(RoutingRequest request);

    /**
     * Whether the message needs secondary recipients this resolver cannot find (MSG1037: no MPAN; MSG1038: the MPAN
     * has no party of the kinds the interface goes to). A resolver that cannot tell refuses nothing.
     *
     * @param request     the message
     * @param alwaysRoles the roles every message of the interface goes to anyway ("always" recipients)
     * @return the violation, or empty
     */
    default Optional<Violation> unresolved(RoutingRequest request, List<String> alwaysRoles) {
        return Optional.empty();
    }
}
