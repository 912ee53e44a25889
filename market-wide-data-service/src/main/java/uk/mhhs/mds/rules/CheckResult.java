package uk.mhhs.mds.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of {@link ConsumptionChecks#check}: every rejection and warning of the day, and, only when there is
 * no rejection, the 48 period values indexed by UTC period.
 *
 * @param rejections     all rejections, in the order the checks run; empty when accepted
 * @param warnings       warnings (accepted or not), e.g. actual consumption on a de-energised MPAN
 * @param settlementDate the UTC date of {@code settlementDayDate}, or {@code null} if it could not be read
 * @param values         48 values, index i = the period ending 00:00Z + 30·(i+1) min; {@code null} when rejected
 * @param q              quality codes by the same index; {@code null} when rejected
 * @param e              estimation reasons by the same index; {@code null} when rejected
 * @param arc            amendment reason codes by the same index; {@code null} when rejected
 */
public record CheckResult(List<Finding> rejections, List<Finding> warnings, LocalDate settlementDate,
        BigDecimal[] values, String[] q, String[] e, String[] arc) {

    /** Copies the lists. */
    public CheckResult {
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    /**
     * @return whether the day is accepted (no rejection; warnings allowed)
     */
    public boolean accepted() {
        return rejections.isEmpty();
    }

    /**
     * @return the codes of the rejections, in order, for tests and logs
     */
    public List<String> rejectionCodes() {
        return rejections.stream().map(Finding::code).toList();
    }
}
