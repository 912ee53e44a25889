package uk.mhhs.common.validation;

import java.util.Objects;

import uk.mhhs.common.codes.ResponseCode;

/**
 * One reason a message is rejected.
 *
 * @param code     the response code to report, e.g. {@link ResponseCode#MSG1001}
 * @param jsonPath where in the message, e.g.
 *                 {@code $.payload.CustomBlock.B900.settlementDayConsumptionPeriods[0].consumptionPeriods[3].v}
 * @param reason   an English sentence saying what was expected and what was found
 */
public record Violation(ResponseCode code, String jsonPath, String reason) {

    /** Checks that nothing is missing. */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * @return e.g. {@code "MSG1001 - Schema Failure: $.payload.CustomBlock.B044.issuingDataServiceDIPID: ..."},
     *         for logs and the {@code help} field of a response
     */
    public String describe() {
        return code.formatted() + ": " + jsonPath + ": " + reason;
    }
}
