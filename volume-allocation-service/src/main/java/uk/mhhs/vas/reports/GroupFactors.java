package uk.mhhs.vas.reports;

import tools.jackson.core.JsonGenerator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A GSP group's correction factors of a run, by settlement period ({@code correction_factor}): the factor, {@code null}
 * when undefined, and the exception raised for the period, if any.
 */
final class GroupFactors {

    /** An exception of one period. */
    record Exception(int period, BigDecimal factor, String kind) {
    }

    static final String NO_CORRECTABLE_VOLUME = "NO_CORRECTABLE_VOLUME";
    static final String OUTSIDE_BAND = "OUTSIDE_BAND";

    private final BigDecimal[] factors;
    private final String[] exceptions;

    /** @param periods the settlement day's periods (46, 48 or 50) */
    GroupFactors(int periods) {
        this.factors = new BigDecimal[periods + 1];
        this.exceptions = new String[periods + 1];
    }

    GroupFactors put(int period, BigDecimal factor, String exception) {
        if (period < 1 || period >= factors.length) {
            throw new IllegalArgumentException("settlement period " + period + " outside 1.." + (factors.length - 1));
        }
        factors[period] = factor;
        exceptions[period] = exception;
        return this;
    }

    int periods() {
        return factors.length - 1;
    }

    /** The period's factor; {@code null} when undefined or not stored (volumes stay uncorrected). */
    BigDecimal factor(int period) {
        return period < factors.length ? factors[period] : null;
    }

    /**
     * The factor a report prints for the period (R024), 9 decimals half up: the factor, or 1 when undefined (the
     * volumes were left uncorrected, i.e. multiplied by 1; REP-007 says so).
     */
    String printed(int period) {
        BigDecimal f = factor(period);
        return (f == null ? BigDecimal.ONE : f).setScale(9, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Writes R024, every period of the day: the import factor is the group's correction factor ({@link #printed}); the
     * export factor is the factor applied to export classes, which is the same factor when ISD gives an export class a
     * non-zero scaling weight ({@code exportCorrected}) and 1 when every export class weighs 0 (export is then never
     * corrected).
     */
    void write(JsonGenerator g, String arrayName, boolean exportCorrected) {
        g.writeArrayPropertyStart(arrayName);
        for (int p = 1; p <= periods(); p++) {
            String factor = printed(p);
            g.writeStartObject().writeNumberProperty("settlementPeriodID", p)
                    .writeStringProperty("groupCorrectionFactorImport", factor)
                    .writeStringProperty("groupCorrectionFactorExport", exportCorrected ? factor : "1.000000000")
                    .writeEndObject();
        }
        g.writeEndArray();
    }

    /** The periods with an exception, in order. */
    List<Exception> exceptions() {
        List<Exception> out = new ArrayList<>();
        for (int p = 1; p < factors.length; p++) {
            if (exceptions[p] != null) {
                out.add(new Exception(p, factors[p], exceptions[p]));
            }
        }
        return out;
    }
}
