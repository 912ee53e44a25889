package uk.mhhs.common.validation;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The outcome of validating one payload.
 *
 * @param violations       what is wrong, most significant first (interface id, event code, schema version,
 *                         sender timestamp, then schema violations in document order); empty if valid
 * @param canonicalPayload the payload with its keys in the spec's spelling (forward this one); the payload
 *                         as given if the interface is unknown
 */
public record ValidationResult(List<Violation> violations, JsonNode canonicalPayload) {

    /** Copies the list. */
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /**
     * @return whether the payload passed every check
     */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /**
     * @return the violation whose code the reply carries, if any
     */
    public Optional<Violation> firstViolation() {
        return violations.stream().findFirst();
    }
}
