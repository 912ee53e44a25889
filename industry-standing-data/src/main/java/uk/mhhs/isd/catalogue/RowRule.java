package uk.mhhs.isd.catalogue;

import java.util.Map;
import java.util.Optional;

/** A rule across the columns of one row (e.g. a distributor's GSP group follows from its ID). */
@FunctionalInterface
public interface RowRule {

    /** A broken rule: the column to blame, the ISD code and the reason. */
    record Broken(String column, String code, String reason) {
    }

    /** @param values the row's typed values by column name (effective_from and effective_to included) */
    Optional<Broken> check(Map<String, Object> values);
}
