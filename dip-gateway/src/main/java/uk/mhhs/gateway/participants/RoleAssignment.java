package uk.mhhs.gateway.participants;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A market role a participant holds between two dates (both inclusive; {@code effectiveTo} null means
 * open-ended), as in Elexon's ISD participant publication ({@code DIPRole}, {@code datetimeFrom/To}).
 *
 * @param role          3–5 capital letters, e.g. {@code SDS}, {@code SUP}, {@code LDSO}
 * @param effectiveFrom first day the role is held
 * @param effectiveTo   last day the role is held, or null
 */
public record RoleAssignment(String role, LocalDate effectiveFrom, LocalDate effectiveTo) {

    /** The earliest date the registry knows; a role assigned without a start date holds from then. */
    public static final LocalDate SINCE_EVER = LocalDate.of(1970, 1, 1);

    public RoleAssignment {
        Objects.requireNonNull(role, "role");
        effectiveFrom = effectiveFrom == null ? SINCE_EVER : effectiveFrom;
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("role " + role + " ends " + effectiveTo + " before it starts "
                    + effectiveFrom);
        }
    }

    /** An open-ended role held since ever. */
    public static RoleAssignment of(String role) {
        return new RoleAssignment(role, SINCE_EVER, null);
    }

    /** Whether the role is held on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
