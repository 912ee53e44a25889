package uk.mhhs.mds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The Market-wide Data Service's settings ({@code mhhs.mds.*}).
 *
 * @param rfDays          a settlement date's RF run is this many days after it; IF-021 for the date is refused
 *                        (ECS1003) once today is past it (default 425: about 14 months; the ISD run timetable's RF
 *                        date replaces it once MDS reads the timetable)
 * @param maxKwhPerPeriod the ECS maximum per period by connection type (ECS1012)
 * @param operatorToken   operators send it in {@code X-MDS-Operator-Token}; refused while blank
 * @param annualConsumptionAt  the UK time on the 1st of a month after which the annual consumptions (IF-040) are
 *                        calculated (default 03:00)
 * @param registrationDipId registration's (REGS) DIP ID, a recipient of IF-040 (default 9900000002)
 * @param rep006Recipients the DIP IDs REP-006 goes to after a run (default VAS, 9900000006: the catalogue names no
 *                        recipient role for it; VAS is the service that takes uncorrected consumption by class)
 */
@ConfigurationProperties("mhhs.mds")
public record MdsProperties(Integer rfDays, Map<String, BigDecimal> maxKwhPerPeriod, String operatorToken,
                            LocalTime annualConsumptionAt, String registrationDipId,
                            List<String> rep006Recipients) {

    @ConstructorBinding
    public MdsProperties {
        rfDays = rfDays == null ? 425 : rfDays;
        maxKwhPerPeriod = maxKwhPerPeriod == null || maxKwhPerPeriod.isEmpty() ? Map.of(
                "W", new BigDecimal("50"), "L", new BigDecimal("500"), "H", new BigDecimal("5000"),
                "E", new BigDecimal("50000"), "U", new BigDecimal("50")) : Map.copyOf(maxKwhPerPeriod);
        annualConsumptionAt = annualConsumptionAt == null ? LocalTime.of(3, 0) : annualConsumptionAt;
        registrationDipId = registrationDipId == null || registrationDipId.isBlank() ? "9900000002"
                : registrationDipId.strip();
        rep006Recipients = rep006Recipients == null ? List.of()
                : rep006Recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        rep006Recipients = rep006Recipients.isEmpty() ? List.of("9900000006") : rep006Recipients;
    }
}
