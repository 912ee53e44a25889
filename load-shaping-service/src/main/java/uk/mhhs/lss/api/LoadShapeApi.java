package uk.mhhs.lss.api;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import uk.mhhs.lss.calculation.ShapeStore;
import uk.mhhs.lss.shapes.StoredShape;
import uk.mhhs.lss.rules.Category;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published shapes, in the shape of Elexon's public Insights API: {@code GET /lss/load-shape-period} (IF-022's
 * values) and {@code GET /lss/load-shape-totals} (IF-023's totals), by {@code settlementDate} (required) and
 * optionally {@code gspGroupId} ({@code _A}…{@code _P}, or {@code national}), {@code connectionType},
 * {@code marketSegment}, {@code domesticPremiseIndicator} ({@code T}, {@code F} or {@code any}),
 * {@code measurementQuantityId} and {@code runNumber} (default the latest); {@code format=json} (default,
 * {@code {"data": [...]}}) or {@code csv}. A parameter that is not one of its values is a 400 with the reason.
 */
@RestController
class LoadShapeApi {

    private final ShapeStore store;

    LoadShapeApi(ShapeStore store) {
        this.store = store;
    }

    @GetMapping("/lss/load-shape-period")
    ResponseEntity<?> periods(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate settlementDate,
                              @RequestParam(required = false) String gspGroupId,
                              @RequestParam(required = false) String connectionType,
                              @RequestParam(required = false) String marketSegment,
                              @RequestParam(required = false) String domesticPremiseIndicator,
                              @RequestParam(required = false) String measurementQuantityId,
                              @RequestParam(required = false) Integer runNumber,
                              @RequestParam(defaultValue = "json") String format) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredShape s : find(settlementDate, gspGroupId, connectionType, marketSegment,
                domesticPremiseIndicator, measurementQuantityId, runNumber)) {
            var start = s.date().atStartOfDay(ZoneOffset.UTC);
            for (int i = 0; i < 48; i++) {
                Map<String, Object> row = key(s);
                row.put("settlementPeriodEnd", start.plusMinutes(30L * (i + 1)).toInstant().toString());
                row.put("loadShapePeriodValue", s.values()[i]);
                row.put("defaultLoadShapeFlag", s.flags()[i]);
                rows.add(row);
            }
        }
        return answer(rows, format);
    }

    @GetMapping("/lss/load-shape-totals")
    ResponseEntity<?> totals(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate settlementDate,
                             @RequestParam(required = false) String gspGroupId,
                             @RequestParam(required = false) String connectionType,
                             @RequestParam(required = false) String marketSegment,
                             @RequestParam(required = false) String domesticPremiseIndicator,
                             @RequestParam(required = false) String measurementQuantityId,
                             @RequestParam(required = false) Integer runNumber,
                             @RequestParam(defaultValue = "json") String format) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredShape s : find(settlementDate, gspGroupId, connectionType, marketSegment,
                domesticPremiseIndicator, measurementQuantityId, runNumber)) {
            Map<String, Object> row = key(s);
            row.put("loadShapeDayTotal", s.dayTotal());
            row.put("loadShapeDayPeakTotal", s.dayPeak());
            row.put("loadShapeDayOffPeakTotal", s.dayOffPeak());
            row.put("loadShape7DayRollingTotal", s.sevenDayTotal());
            row.put("loadShape7DayRollingPeakTotal", s.sevenDayPeak());
            row.put("loadShape7DayRollingOffPeakTotal", s.sevenDayOffPeak());
            row.put("loadShapeRollingAnnualTotal", s.annualTotal());
            row.put("sample", s.sample());
            rows.add(row);
        }
        return answer(rows, format);
    }

    private List<StoredShape> find(LocalDate date, String gsp, String connectionType, String segment,
                                   String domestic, String mq, Integer run) {
        String group = gsp == null ? null : gsp.equalsIgnoreCase("national") ? "" : check(gsp,
                Category.GSP_GROUPS, "gspGroupId", "_A…_P or national");
        String dom = domestic == null ? null : domestic.equalsIgnoreCase("any") ? "" : check(domestic,
                Category.DOMESTIC, "domesticPremiseIndicator", "T, F or any");
        check(connectionType, Category.CONNECTION_TYPES, "connectionType", "W, L, H, E or U");
        check(segment, Category.SEGMENTS, "marketSegment", "S, A or U");
        check(mq, Category.MEASUREMENT_QUANTITIES, "measurementQuantityId", "AI, AE, RI or RE");
        if (run != null && run < 1) {
            throw new BadParameter("runNumber must be 1 or more: " + run);
        }
        return store.shapes(date, run, group, connectionType, segment, dom, mq);
    }

    private static String check(String value, java.util.Set<String> allowed, String name, String expected) {
        if (value != null && !allowed.contains(value)) {
            throw new BadParameter(name + " must be " + expected + ": " + value);
        }
        return value;
    }

    private static Map<String, Object> key(StoredShape s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("settlementDate", s.date().toString());
        row.put("runNumber", s.run());
        row.put("gspGroupId", s.gspGroup());
        row.put("connectionType", s.connectionType());
        row.put("marketSegment", s.segment());
        row.put("domesticPremiseIndicator", s.domestic());
        row.put("measurementQuantityId", s.mq());
        return row;
    }

    private static ResponseEntity<?> answer(List<Map<String, Object>> rows, String format) {
        if ("csv".equalsIgnoreCase(format)) {
            StringBuilder csv = new StringBuilder();
            if (!rows.isEmpty()) {
                csv.append(String.join(",", rows.get(0).keySet())).append('\n');
            }
            for (Map<String, Object> row : rows) {
                List<String> cells = new ArrayList<>();
                row.values().forEach(v -> cells.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString()
                        : v.toString()));
                csv.append(String.join(",", cells)).append('\n');
            }
            return ResponseEntity.ok().contentType(new MediaType("text", "csv")).body(csv.toString());
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw new BadParameter("format must be json or csv: " + format);
        }
        return ResponseEntity.ok(Map.of("data", rows));
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Map<String, String>> bad(BadParameter e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> badType(Exception e) {
        String reason = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName() + " is not valid: " + m.getValue() + (m.getName().equals("settlementDate")
                ? " (expected yyyy-MM-dd)" : "")
                : e.getMessage();
        return ResponseEntity.badRequest().body(Map.of("error", reason));
    }

    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }
}
