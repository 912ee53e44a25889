package uk.mhhs.common.validation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.networknt.schema.Error;

import tools.jackson.databind.JsonNode;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.codes.ResponseCode;

/**
 * Validates the {@code payload} object of one DIP message (CommonBlock + CustomBlock) posted to a channel:
 * interface id (MSG1002/RCP1002), event code (RCP1003), schema version (RCP1005), sender timestamp
 * (MSG1007, or RCP1007/RCP1008), then the JSON Schema of the event's variant (MSG1001, or
 * RCP1001/RCP1021/RCP1022). Keys are first put into the spec's spelling, as the DIP ignores key case.
 *
 * <p>Thread-safe; compiled schemas are shared JVM-wide, so create validators freely.
 */
public final class MessageValidator {

    /** Whose codes to report. */
    public enum Mode {
        /** The DIP (our gateway): MSG codes where the DIP has one, RCP otherwise. */
        DIP,
        /** A recipient of a PUB: RCP codes. */
        RECIPIENT;

        ResponseCode interfaceIdInvalid() {
            return this == DIP ? ResponseCode.MSG1002 : ResponseCode.RCP1002;
        }

        ResponseCode eventCodeInvalid() {
            return ResponseCode.RCP1003;
        }

        ResponseCode schemaVersionInvalid() {
            return ResponseCode.RCP1005;
        }

        ResponseCode schemaFailure() {
            return this == DIP ? ResponseCode.MSG1001 : ResponseCode.RCP1001;
        }

        ResponseCode missingItem() {
            return this == DIP ? ResponseCode.MSG1001 : ResponseCode.RCP1021;
        }

        ResponseCode invalidValue() {
            return this == DIP ? ResponseCode.MSG1001 : ResponseCode.RCP1022;
        }

        ResponseCode timestampInvalid() {
            return this == DIP ? ResponseCode.MSG1007 : ResponseCode.RCP1007;
        }

        ResponseCode timestampInFuture() {
            return this == DIP ? ResponseCode.MSG1007 : ResponseCode.RCP1008;
        }
    }

    private final InterfaceCatalogue catalogue;
    private final Mode mode;
    private final SenderTimestampRule timestampRule;
    private final VariantSchemas schemas = VariantSchemas.shared();

    /**
     * A validator on the standard catalogue and the system clock, allowing no future skew.
     *
     * @param mode whose codes to report
     */
    public MessageValidator(Mode mode) {
        this(InterfaceCatalogue.standard(), mode, Clock.systemUTC(), Duration.ZERO);
    }

    /**
     * @param mode              whose codes to report
     * @param clock             the clock "now" comes from for the future-timestamp check
     * @param allowedFutureSkew how far a sender's clock may run ahead of ours
     */
    public MessageValidator(Mode mode, Clock clock, Duration allowedFutureSkew) {
        this(InterfaceCatalogue.standard(), mode, clock, allowedFutureSkew);
    }

    /**
     * @param catalogue         the channels to accept
     * @param mode              whose codes to report
     * @param clock             the clock "now" comes from for the future-timestamp check
     * @param allowedFutureSkew how far a sender's clock may run ahead of ours (not negative)
     */
    public MessageValidator(InterfaceCatalogue catalogue, Mode mode, Clock clock, Duration allowedFutureSkew) {
        if (allowedFutureSkew.isNegative()) {
            throw new IllegalArgumentException("allowedFutureSkew must not be negative: " + allowedFutureSkew);
        }
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.timestampRule = new SenderTimestampRule(Objects.requireNonNull(clock, "clock"), allowedFutureSkew);
    }

    /**
     * @param pathInterfaceId the channel the message was posted to, e.g. {@code IF-021} (any case)
     * @param payload         the object under {@code payload}: {@code {"CommonBlock":..., "CustomBlock":...}}
     * @return the violations (empty if valid) and the payload in the spec's key spelling
     */
    public ValidationResult validate(String pathInterfaceId, JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            return new ValidationResult(List.of(new Violation(mode.schemaFailure(), JsonPaths.PAYLOAD,
                    "Expected the payload to be a JSON object but found " + SchemaViolations.show(payload) + ".")),
                    payload);
        }
        Optional<InterfaceDefinition> found = catalogue.find(pathInterfaceId);
        if (found.isEmpty()) {
            return new ValidationResult(List.of(new Violation(mode.interfaceIdInvalid(), EnvelopeRules.INTERFACE_ID,
                    "Expected a DIP channel of API v" + catalogue.dipApiVersion() + " but the message was posted to "
                            + pathInterfaceId + ", which is not one.")), payload);
        }
        InterfaceDefinition channel = found.get();
        String rawEvent = EnvelopeRules.rawEventCode(payload);
        boolean eventKnown = channel.hasEvent(rawEvent);
        String schemaName = channel.schemaFor(rawEvent).orElse(channel.schemas().iterator().next());
        VariantSchemas.Compiled variant = schemas.get(schemaName);
        JsonNode canonical = variant.keys().canonicalise(payload);

        List<Violation> violations = new ArrayList<>(EnvelopeRules.check(channel, canonical, mode));
        timestampRule.check(canonical.path("CommonBlock").get("S1"), mode).ifPresent(violations::add);
        if (eventKnown || rawEvent == null) {
            // With an unknown event there is no variant to hold the CustomBlock against: RCP1003 says it all.
            addSchemaViolations(variant, canonical, violations);
        }
        return new ValidationResult(violations, canonical);
    }

    /**
     * @return whose codes this validator reports
     */
    public Mode mode() {
        return mode;
    }

    private void addSchemaViolations(VariantSchemas.Compiled variant, JsonNode canonical, List<Violation> violations) {
        Set<String> reported = new HashSet<>();
        violations.forEach(violation -> reported.add(violation.jsonPath()));
        for (Error error : variant.schema().validate(canonical)) {
            Violation violation = SchemaViolations.of(error, mode, variant.keys());
            if (!reported.contains(violation.jsonPath())) {
                violations.add(violation);
            }
        }
    }
}
