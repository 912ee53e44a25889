package uk.mhhs.registration.schedule;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.mhhs.dipclient.schedule.StepScheduler;

import java.time.LocalDate;
import java.util.Map;

/**
 * {@code POST /registration/v1/scheduler/runs} (operators, header {@code X-REG-Operator-Token}): runs the steps due
 * today (UK) and the daily jobs now, as a tick of the service kit's {@link StepScheduler} would, instead of waiting
 * for the next tick; 200 {@code {"today", "stepsRun"}}. Safe beside the ticks of any instance (each step is claimed
 * once). With the tick off ({@code mhhs.scheduler.enabled=false}) it is the only way steps run, which is how a system
 * test puts a switch exactly where its scenario wants it.
 */
@RestController
class SchedulerApi {

    private final StepScheduler scheduler;

    SchedulerApi(StepScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @PostMapping("/registration/v1/scheduler/runs")
    ResponseEntity<?> run() {
        LocalDate today = scheduler.today();
        int ran = scheduler.runDue(today);
        return ResponseEntity.ok(Map.of("today", today.toString(), "stepsRun", ran));
    }
}
