package uk.mhhs.common.validation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid IF-021 [ActivePower] payload written by hand from the spec (IF-021-Payload, RealCommonBlocks S1/M0,
 * B044, B067, B900/B901): one MPAN, one UTC settlement day of 48 periods of 0.250 kWh, actual reads.
 */
final class If021Message {

    static final String SENT = "2026-11-23T10:00:00+00:00";
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private If021Message() {
    }

    static ObjectNode payload() {
        ObjectNode payload = JSON.objectNode();
        ObjectNode common = payload.putObject("CommonBlock");
        common.putObject("S0")
                .put("interfaceID", "IF-021")
                .put("schemaVersion", "011")
                .put("eventCode", "[ActivePower]");
        common.putObject("S1")
                .put("environmentTag", "SIT")
                .putNull("subText")
                .put("senderUniqueReference", "S-IF-021-1401234567-SDS-20261123-0001")
                .put("senderTimestamp", SENT)
                .put("senderDIPID", "1401234567")
                .put("senderRoleID", "SDS")
                .put("senderCorrelationID", "CI-20261123-0001")
                .putNull("DIPConnectionProviderID");
        ObjectNode a0 = common.putObject("A0");
        a0.putArray("primaryRecipients").add("1501234567");
        a0.putArray("secondaryRecipients");
        a0.putArray("always");
        common.putObject("M0")
                .put("MPANCore", "2000056535971")
                .put("distributorDIPID", "1001234567")
                .put("GSPGroupID", "_P");

        ObjectNode custom = payload.putObject("CustomBlock");
        custom.putObject("B044").put("issuingDataServiceDIPID", "1401234567");
        custom.putObject("B067")
                .put("connectionTypeIndicator", "W")
                .put("connectionTypeEffectiveFromDate", "2026-01-01T00:00:00+00:00");
        ObjectNode b900 = custom.putObject("B900");
        b900.putObject("MQID").put("measurementQuantityID", "AI");
        ObjectNode day = b900.putArray("settlementDayConsumptionPeriods").addObject();
        day.putObject("settlementDay")
                .put("settlementDayDate", wire(DAY, 0))
                .put("periodDuration", 30);
        ArrayNode periods = day.putArray("consumptionPeriods");
        for (int sp = 1; sp <= 48; sp++) {
            periods.addObject()
                    .put("sp", wire(DAY, sp * 30))
                    .put("v", "0.250")
                    .put("q", "A")
                    .putNull("e")
                    .putNull("arc");
        }
        return payload;
    }

    /** Period {@code index} (0-based) of the first day. */
    static ObjectNode period(ObjectNode payload, int index) {
        return (ObjectNode) payload.at("/CustomBlock/B900/settlementDayConsumptionPeriods/0/consumptionPeriods/" + index);
    }

    static ObjectNode block(ObjectNode payload, String pointer) {
        return (ObjectNode) payload.at(pointer);
    }

    private static String wire(LocalDate day, int minutesAfterMidnight) {
        return day.atStartOfDay().plusMinutes(minutesAfterMidnight).atOffset(ZoneOffset.UTC).format(WIRE);
    }
}
