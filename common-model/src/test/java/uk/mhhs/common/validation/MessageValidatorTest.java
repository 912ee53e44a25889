package uk.mhhs.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.codes.ResponseCode;
import uk.mhhs.common.validation.MessageValidator.Mode;

/** Level-1 validation of IF-021 payloads, each rejection with its code and JSON path. */
class MessageValidatorTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String PERIODS = "$.payload.CustomBlock.B900.settlementDayConsumptionPeriods[0].consumptionPeriods";

    private final MessageValidator dip = new MessageValidator(Mode.DIP, NOW, Duration.ZERO);
    private final MessageValidator recipient = new MessageValidator(Mode.RECIPIENT, NOW, Duration.ZERO);

    @Test
    void accepts_a_valid_IF021_active_power_message() {
        ObjectNode payload = If021Message.payload();
        ValidationResult result = dip.validate("IF-021", payload);
        assertThat(result.violations()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.canonicalPayload()).isEqualTo(payload);
    }

    @Test
    void accepts_the_same_variant_for_reactive_power_and_a_lower_case_channel_in_the_url() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S0").put("eventCode", "[ReactivePower]");
        If021Message.block(payload, "/CustomBlock/B900/MQID").put("measurementQuantityID", "RI");
        assertThat(recipient.validate("if-021", payload).violations()).isEmpty();
    }

    @Test
    void rejects_a_consumption_value_without_three_decimals_with_MSG1001_at_its_path() {
        ObjectNode payload = If021Message.payload();
        If021Message.period(payload, 3).put("v", "1.5");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1001);
        assertThat(violation.jsonPath()).isEqualTo(PERIODS + "[3].v");
        assertThat(violation.reason()).contains("^-?\\d{1,9}\\.\\d{3}$", "\"1.5\"");
        assertThat(recipient.validate("IF-021", payload).firstViolation().orElseThrow().code())
                .isEqualTo(ResponseCode.RCP1001);
    }

    @Test
    void rejects_an_unknown_event_code_with_RCP1003_in_both_modes() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S0").put("eventCode", "[Foo]");
        for (MessageValidator validator : new MessageValidator[] {dip, recipient}) {
            Violation violation = onlyViolation(validator.validate("IF-021", payload));
            assertThat(violation.code()).isEqualTo(ResponseCode.RCP1003);
            assertThat(violation.jsonPath()).isEqualTo("$.payload.CommonBlock.S0.eventCode");
            assertThat(violation.reason()).contains("[ActivePower]", "[ReactivePower]", "\"[Foo]\"");
        }
    }

    @Test
    void rejects_schema_version_009_with_RCP1005_only() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S0").put("schemaVersion", "009");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.RCP1005);
        assertThat(violation.jsonPath()).isEqualTo("$.payload.CommonBlock.S0.schemaVersion");
        assertThat(violation.reason()).contains("[011]", "\"009\"");
    }

    @Test
    void rejects_an_IF022_message_posted_on_IF021_with_MSG1002_or_RCP1002() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S0").put("interfaceID", "IF-022");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1002);
        assertThat(violation.jsonPath()).isEqualTo("$.payload.CommonBlock.S0.interfaceID");
        assertThat(onlyViolation(recipient.validate("IF-021", payload)).code()).isEqualTo(ResponseCode.RCP1002);
    }

    @Test
    void rejects_a_channel_the_spec_does_not_have_with_MSG1002() {
        Violation violation = onlyViolation(dip.validate("IF-030", If021Message.payload()));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1002);
        assertThat(violation.reason()).contains("IF-030");
    }

    @Test
    void rejects_a_sender_timestamp_in_Z_form_with_MSG1007_or_RCP1007() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S1").put("senderTimestamp", "2026-11-23T10:00:00Z");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1007);
        assertThat(violation.jsonPath()).isEqualTo("$.payload.CommonBlock.S1.senderTimestamp");
        assertThat(violation.reason()).contains("yyyy-MM-ddTHH:mm:ss+HH:MM", "\"2026-11-23T10:00:00Z\"");
        assertThat(onlyViolation(recipient.validate("IF-021", payload)).code()).isEqualTo(ResponseCode.RCP1007);
    }

    @Test
    void rejects_a_25_character_timestamp_that_is_not_a_real_time() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S1").put("senderTimestamp", "2026-02-30T10:00:00+00:00");
        assertThat(onlyViolation(dip.validate("IF-021", payload)).code()).isEqualTo(ResponseCode.MSG1007);
    }

    @Test
    void rejects_a_sender_timestamp_in_the_future_with_MSG1007_for_the_dip_and_RCP1008_for_a_recipient() {
        ObjectNode payload = If021Message.payload();
        // 12:00:01 UTC expressed at +01:00 is one second after the clock's 12:00:00Z.
        If021Message.block(payload, "/CommonBlock/S1").put("senderTimestamp", "2026-11-23T13:00:01+01:00");
        assertThat(onlyViolation(dip.validate("IF-021", payload)).code()).isEqualTo(ResponseCode.MSG1007);
        Violation violation = onlyViolation(recipient.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.RCP1008);
        assertThat(violation.reason()).contains("future");

        MessageValidator lenient = new MessageValidator(Mode.RECIPIENT, NOW, Duration.ofSeconds(5));
        assertThat(lenient.validate("IF-021", payload).violations()).isEmpty();
    }

    @Test
    void rejects_an_unknown_key_with_MSG1001_naming_the_keys_expected() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CustomBlock").put("B999", "x");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1001);
        assertThat(violation.jsonPath()).isEqualTo("$.payload.CustomBlock.B999");
        assertThat(violation.reason()).contains("B044, B067, B900", "'B999'");
    }

    @Test
    void rejects_a_missing_required_key_with_MSG1001_or_RCP1021() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CustomBlock/B044").remove("issuingDataServiceDIPID");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1001);
        assertThat(violation.jsonPath()).isEqualTo("$.payload.CustomBlock.B044.issuingDataServiceDIPID");
        assertThat(violation.reason()).contains("'issuingDataServiceDIPID'", "missing");
        assertThat(onlyViolation(recipient.validate("IF-021", payload)).code()).isEqualTo(ResponseCode.RCP1021);
    }

    @Test
    void rejects_a_nullable_key_left_out_because_nullable_keys_are_still_required() {
        ObjectNode payload = If021Message.payload();
        If021Message.period(payload, 0).remove("e");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.jsonPath()).isEqualTo(PERIODS + "[0].e");
    }

    @Test
    void rejects_null_where_the_spec_does_not_allow_it() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S1").putNull("senderDIPID");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1001);
        assertThat(violation.jsonPath()).isEqualTo("$.payload.CommonBlock.S1.senderDIPID");
        assertThat(violation.reason()).isEqualTo("Expected a value of type string but found null.");
    }

    @Test
    void rejects_a_value_outside_its_enum_with_RCP1022_for_a_recipient() {
        ObjectNode payload = If021Message.payload();
        If021Message.period(payload, 47).put("q", "Z");
        Violation violation = onlyViolation(recipient.validate("IF-021", payload));
        assertThat(violation.code()).isEqualTo(ResponseCode.RCP1022);
        assertThat(violation.jsonPath()).isEqualTo(PERIODS + "[47].q");
        assertThat(onlyViolation(dip.validate("IF-021", payload)).code()).isEqualTo(ResponseCode.MSG1001);
    }

    @Test
    void accepts_lower_cased_keys_and_returns_the_payload_in_official_spelling() {
        ObjectNode official = If021Message.payload();
        JsonNode lowerCased = lowerCaseKeys(official);
        assertThat(lowerCased.has("commonblock")).isTrue();

        ValidationResult result = dip.validate("IF-021", lowerCased);
        assertThat(result.violations()).isEmpty();
        assertThat(result.canonicalPayload()).isEqualTo(official);
    }

    @Test
    void a_second_spelling_of_a_key_already_present_stays_unknown_and_is_rejected() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/M0").put("mpancore", "2000056535971");
        Violation violation = onlyViolation(dip.validate("IF-021", payload));
        assertThat(violation.jsonPath()).isEqualTo("$.payload.CommonBlock.M0.mpancore");
    }

    @Test
    void rejects_a_payload_that_is_not_an_object() {
        Violation violation = onlyViolation(dip.validate("IF-021", JsonNodeFactory.instance.arrayNode()));
        assertThat(violation.code()).isEqualTo(ResponseCode.MSG1001);
        assertThat(violation.jsonPath()).isEqualTo("$.payload");
    }

    @Test
    void reports_the_interface_id_before_schema_violations() {
        ObjectNode payload = If021Message.payload();
        If021Message.block(payload, "/CommonBlock/S0").put("interfaceID", "IF-022");
        If021Message.period(payload, 3).put("v", "1.5");
        ValidationResult result = dip.validate("IF-021", payload);
        assertThat(result.violations()).extracting(Violation::code)
                .containsExactly(ResponseCode.MSG1002, ResponseCode.MSG1001);
        assertThat(result.firstViolation().orElseThrow().code()).isEqualTo(ResponseCode.MSG1002);
    }

    private static Violation onlyViolation(ValidationResult result) {
        assertThat(result.violations()).hasSize(1);
        return result.violations().get(0);
    }

    private static JsonNode lowerCaseKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.forEachEntry((key, value) -> copy.set(key.toLowerCase(Locale.ROOT), lowerCaseKeys(value)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(lowerCaseKeys(element)));
            return copy;
        }
        return node;
    }
}
