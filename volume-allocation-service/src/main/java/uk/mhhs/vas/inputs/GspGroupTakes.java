package uk.mhhs.vas.inputs;

import java.time.LocalDate;
import java.util.Optional;

/** The GSP Group Take versions VAS holds. */
public interface GspGroupTakes {

    /** The id of the latest complete GSP Group Take version for {@code settlementDate}, if any has arrived. */
    Optional<Long> latestVersionId(LocalDate settlementDate);
}
