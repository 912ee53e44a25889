package uk.mhhs.systemtests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The CustomBlock of an IF-021 {@code [ActivePower]}: one MPAN's 48 half-hours of a UTC date, keyed by their end
 * (DI-082), every value actual ({@code q} A). {@code values} overrides single periods (by end time, UTC).
 */
record ConsumptionDay(String dataServiceDipId, LocalDate utcDate, BigDecimal everyPeriod,
                      Map<ZonedDateTime, BigDecimal> values) {

    private static final DateTimeFormatter DIP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    String customBlock() {
        ZonedDateTime start = utcDate.atStartOfDay(ZoneOffset.UTC);
        StringJoiner periods = new StringJoiner(",");
        for (int i = 1; i <= 48; i++) {
            ZonedDateTime end = start.plusMinutes(30L * i);
            BigDecimal kwh = values.getOrDefault(end, everyPeriod).setScale(3);
            periods.add("{\"sp\":\"%s\",\"v\":\"%s\",\"q\":\"A\",\"e\":null,\"arc\":null}"
                    .formatted(DIP.format(end), kwh.toPlainString()));
        }
        // B067's date: the connection type held since the migration (2024-04-01, UK midnight in BST)
        return """
                {"B044":{"issuingDataServiceDIPID":"%s"},\
                "B067":{"connectionTypeIndicator":"W","connectionTypeEffectiveFromDate":"2024-04-01T00:00:00+01:00"},\
                "B900":{"MQID":{"measurementQuantityID":"AI"},"settlementDayConsumptionPeriods":[\
                {"settlementDay":{"settlementDayDate":"%s","periodDuration":30},"consumptionPeriods":[%s]}]}}"""
                .formatted(dataServiceDipId, DIP.format(start), periods);
    }
}
