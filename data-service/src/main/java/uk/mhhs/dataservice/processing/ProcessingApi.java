package uk.mhhs.dataservice.processing;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /data-service/v1/processing/runs[?date=yyyy-MM-dd]} (operators): with a date, queues every appointed
 * MPAN for that UTC date first (as the daily send does for D-1); then processes every queued completed day now and
 * answers {@code {"queued", "days", "sent", "unchanged", "skipped"}}.
 */
@RestController
class ProcessingApi {

    private final PendingDayProcessor processor;
    private final DailySend dailySend;

    ProcessingApi(PendingDayProcessor processor, DailySend dailySend) {
        this.processor = processor;
        this.dailySend = dailySend;
    }

    @PostMapping("/data-service/v1/processing/runs")
    ResponseEntity<?> run(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        int queued = date == null ? 0 : dailySend.queue(date);
        DayProcessing.Result result = processor.drain();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("queued", queued);
        body.put("days", result.days());
        body.put("sent", result.sent());
        body.put("unchanged", result.unchanged());
        body.put("skipped", result.skipped());
        return ResponseEntity.ok(body);
    }
}
