package uk.mhhs.dataservice.processing;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dataservice.rules.PeriodValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The CustomBlock of an IF-021: B044 (us), B067 (connection type and its effective date) and B900 with one UTC
 * settlement day of 48 periods, each keyed by its end ({@code sp}, 25 characters in UTC) or, when configured, its
 * start (the published example uses starts; the data item's definition says end).
 */
final class If021Document {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");

    private If021Document() {
    }

    static String eventCode(String mq) {
        return mq.startsWith("R") ? "[ReactivePower]" : "[ActivePower]";
    }

    static ObjectNode customBlock(String ourDipId, String connectionType, LocalDate connectionTypeFrom, String mq,
                                  LocalDate date, List<PeriodValue> periods, boolean spIsPeriodEnd) {
        JsonMapper json = JsonMapper.shared();
        ObjectNode custom = json.createObjectNode();
        custom.putObject("B044").put("issuingDataServiceDIPID", ourDipId);
        ObjectNode b067 = custom.putObject("B067");
        b067.put("connectionTypeIndicator", connectionType);
        b067.put("connectionTypeEffectiveFromDate", EffectiveDates.format(connectionTypeFrom));
        ObjectNode b900 = custom.putObject("B900");
        b900.putObject("MQID").put("measurementQuantityID", mq);
        ObjectNode day = b900.putArray("settlementDayConsumptionPeriods").addObject();
        ObjectNode settlementDay = day.putObject("settlementDay");
        settlementDay.put("settlementDayDate", UTC.format(date.atStartOfDay()));
        settlementDay.put("periodDuration", 30);
        ArrayNode list = day.putArray("consumptionPeriods");
        var start = date.atStartOfDay(ZoneOffset.UTC).toLocalDateTime();
        for (int i = 0; i < periods.size(); i++) {
            PeriodValue value = periods.get(i);
            ObjectNode period = list.addObject();
            period.put("sp", UTC.format(start.plusMinutes(30L * (spIsPeriodEnd ? i + 1 : i))));
            period.put("v", value.kwh().toPlainString());
            period.put("q", value.q());
            period.put("e", value.e());
            period.put("arc", value.arc());
        }
        return custom;
    }
}
