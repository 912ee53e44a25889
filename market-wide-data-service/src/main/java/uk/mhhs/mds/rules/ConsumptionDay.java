package uk.mhhs.mds.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * One settlement day of one MPAN of an IF-021 message, as sent, plus the connection type MDS holds for the MPAN.
 *
 * @param mpan               the MPAN core
 * @param eventCode          {@code [ActivePower]} or {@code [ReactivePower]}
 * @param mq                 the measurement quantity: AI/AE for active power, RI/RE for reactive power
 * @param settlementDayDate  the UTC day as sent, a 25-character DIP timestamp, 00:00:00 UTC ({@code ECS1014})
 * @param periodDuration     minutes, must be 30 ({@code ECS1004})
 * @param periods            the periods as sent; 48 are required
 * @param connectionType     the MPAN's connection type (W, L, H, E, U) from registration (B067), or {@code null}
 * @param connectionTypeFrom the UK date from which that connection type is effective, or {@code null}
 */
public record ConsumptionDay(String mpan, String eventCode, String mq, String settlementDayDate,
        Integer periodDuration, List<Period> periods, String connectionType, LocalDate connectionTypeFrom) {

    /** Copies the list of periods; a {@code null} list is taken as empty. */
    public ConsumptionDay {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
