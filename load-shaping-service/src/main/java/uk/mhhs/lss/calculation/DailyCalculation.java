package uk.mhhs.lss.calculation;

import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.schedule.DailyJob;
import uk.mhhs.lss.LssProperties;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Every day after {@code calculate-at} (UK time) one instance (the kit's {@code daily_run} guard) calculates D-1,
 * the UTC date before today, and checks the {@code recalculation-days} dates before it for late data.
 */
@Component
class DailyCalculation implements DailyJob {

    private final ShapeCalculation calculation;
    private final LocalTime notBefore;
    private final int recalculationDays;

    DailyCalculation(ShapeCalculation calculation, LssProperties properties) {
        this.calculation = calculation;
        this.notBefore = properties.calculateAt();
        this.recalculationDays = properties.recalculationDays();
    }

    @Override
    public String name() {
        return "lss-calculate-d-1";
    }

    @Override
    public LocalTime notBefore() {
        return notBefore;
    }

    @Override
    public String run(LocalDate today) {
        StringBuilder outcome = new StringBuilder();
        for (int back = 1; back <= recalculationDays + 1; back++) {
            ShapeCalculation.Outcome result = calculation.calculate(today.minusDays(back));
            result.run().ifPresent(run -> outcome.append(result.date()).append(" run ").append(run).append("; "));
        }
        return outcome.length() == 0 ? "no new runs" : outcome.toString().strip();
    }
}
