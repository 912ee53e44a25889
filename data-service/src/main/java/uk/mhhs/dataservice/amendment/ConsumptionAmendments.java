package uk.mhhs.dataservice.amendment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.R0;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dataservice.mpan.Fact;
import uk.mhhs.dataservice.mpan.MpanFactStore;
import uk.mhhs.dataservice.mpan.MpanSnapshot;
import uk.mhhs.dataservice.readings.PendingDays;
import uk.mhhs.dataservice.rules.AmendmentFacts;
import uk.mhhs.dataservice.rules.AmendmentOutcome;
import uk.mhhs.dataservice.rules.AmendmentRequest;
import uk.mhhs.dataservice.rules.AmendmentRules;
import uk.mhhs.dataservice.rules.LoadShape;
import uk.mhhs.dataservice.rules.PeriodValue;
import uk.mhhs.dataservice.rules.Segment;
import uk.mhhs.dataservice.shapes.LoadShapes;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.dipclient.shapes.LoadShapeCategory;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IF-027 consumption amendments from the MPAN's supplier: each request is decided by {@link AmendmentRules}
 * (responsibility period, pre-RF, duplicate reference, reason code, threshold: the DSCA codes); when all are
 * accepted, the revised values are stored ({@code amended_day}) and the days queued, so IF-021 goes out again with
 * e = 9 and the arc, and IF-028 answers the supplier with R0 A. When any is rejected, nothing is stored and IF-028
 * answers R with the official DSCA wording.
 */
@Component
class ConsumptionAmendments implements InboundHandler {

    private final JdbcTemplate jdbc;
    private final MpanFactStore facts;
    private final LoadShapes shapes;
    private final AmendmentRules rules;
    private final Outbound outbound;
    private final Clock clock;

    ConsumptionAmendments(JdbcTemplate jdbc, MpanFactStore facts, LoadShapes shapes, AmendmentRules rules,
                          Outbound outbound, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.shapes = shapes;
        this.rules = rules;
        this.outbound = outbound;
        this.clock = clock.withZone(ZoneOffset.UTC);
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-027");
    }

    @Override
    public void handle(Incoming message) {
        String core = message.mpanCore();
        long mpan = message.mpanCoreOrReject("DSCA999");
        LocalDate today = LocalDate.now(clock);
        Set<String> used = new HashSet<>(jdbc.queryForList(
                "select supplier_reference from amendment where supplier_dip_id = ?", String.class,
                message.senderDipId()));
        String role = "SDS";
        for (JsonNode entry : message.custom().path("B902List").values()) {
            String mq = entry.path("MQID").path("measurementQuantityID").asString(null);
            for (JsonNode request : entry.path("supplierConsumptionAmendmentRequests").values()) {
                AmendmentRequest r = request(mq, request);
                MpanFactStore.Appointment appointment = r.startDate() == null ? null
                        : facts.appointmentOn(mpan, r.startDate()).orElse(null);
                if (appointment == null) {
                    throw new Rejected(AmendmentRules.OUTSIDE_RESPONSIBILITY, "we are not the Data Service of MPAN "
                            + core + " on " + r.startDate());
                }
                if (appointment.supplierDipId() != null && !appointment.supplierDipId().equals(message.senderDipId())) {
                    throw new Rejected(AmendmentRules.OUTSIDE_RESPONSIBILITY, "sender " + message.senderDipId()
                            + " is not the MPAN's supplier " + appointment.supplierDipId());
                }
                role = appointment.role();
                AmendmentOutcome outcome = rules.decide(r, new AmendmentFacts(appointment.from(), appointment.to(),
                        used, today, shapesFor(mpan, r), Map.of()));
                if (!outcome.accepted()) {
                    throw new Rejected(outcome.code(), outcome.reason());
                }
                used.add(r.supplierReference());
                store(message, mpan, mq, r, outcome);
            }
        }
        outbound.send(role, "IF-028", "[ConsumptionAmendment]", List.of(message.senderDipId()), message.m0AsSent(),
                new R0("A", List.of()), echo(message));
    }

    @Override
    public void rejected(Incoming message, Rejected rejection) {
        String core = message.mpanCore();
        String role = core != null && core.matches("\\d{13}") ? facts.appointmentOn(Long.parseLong(core),
                LocalDate.now(clock)).map(MpanFactStore.Appointment::role).orElse("SDS") : "SDS";
        outbound.send(role, "IF-028", "[ConsumptionAmendment]", List.of(message.senderDipId()), message.m0AsSent(),
                new R0("R", rejection.responseMessages()), echo(message));
    }

    private void store(Incoming message, long mpan, String mq, AmendmentRequest r, AmendmentOutcome outcome) {
        jdbc.update("""
                        insert into amendment (supplier_dip_id, supplier_reference, mpan_core, mq, period_start,
                                               period_end, gross_kwh, arc, status, transaction_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?)""",
                message.senderDipId(), r.supplierReference(), mpan, mq, Date.valueOf(r.startDate()),
                Date.valueOf(r.endDate()), r.grossConsumptionKwh(), r.arc(), message.transactionId());
        List<Object[]> queue = new ArrayList<>();
        for (var day : outcome.revisedDays().entrySet()) {
            BigDecimal[] values = day.getValue().stream().map(PeriodValue::kwh).toArray(BigDecimal[]::new);
            jdbc.update(con -> {
                var ps = con.prepareStatement("""
                        insert into amended_day (mpan_core, settlement_date, mq, kwh, arc) values (?, ?, ?, ?, ?)
                        on conflict (mpan_core, settlement_date, mq) do update set kwh = excluded.kwh,
                            arc = excluded.arc""");
                ps.setLong(1, mpan);
                ps.setDate(2, Date.valueOf(day.getKey()));
                ps.setString(3, mq);
                ps.setArray(4, con.createArrayOf("numeric", values));
                ps.setString(5, r.arc());
                return ps;
            });
            queue.add(new Object[] {mpan, Date.valueOf(day.getKey())});
        }
        PendingDays.queue(jdbc, queue);
    }

    private Map<LocalDate, LoadShape> shapesFor(long mpan, AmendmentRequest r) {
        Map<LocalDate, LoadShape> result = new HashMap<>();
        if (r.startDate() == null || r.endDate() == null || r.endDate().isBefore(r.startDate())
                || r.startDate().plusDays(400).isBefore(r.endDate())) {
            return result;
        }
        for (LocalDate d = r.startDate(); !d.isAfter(r.endDate()); d = d.plusDays(1)) {
            MpanSnapshot snapshot = facts.snapshots(List.of(mpan), d).get(mpan);
            if (snapshot == null) {
                continue;
            }
            String segment = snapshot.value(Fact.SEGMENT) == null ? Segment.SMART.code() : snapshot.value(Fact.SEGMENT);
            String connectionType = snapshot.value(Fact.CONNECTION_TYPE) == null ? "W"
                    : snapshot.value(Fact.CONNECTION_TYPE);
            String domestic = snapshot.value(Fact.DOMESTIC) == null ? "" : snapshot.value(Fact.DOMESTIC);
            result.put(d, shapes.forDate(d).choose(new LoadShapeCategory(snapshot.gspGroup(), connectionType,
                    segment, domestic, r.mqid() == null ? "AI" : r.mqid())).shape());
        }
        return result;
    }

    private static AmendmentRequest request(String mq, JsonNode request) {
        String gross = request.path("grossRevisedConsumption").asString(null);
        BigDecimal kwh;
        try {
            kwh = gross == null ? null : new BigDecimal(gross);
        } catch (NumberFormatException e) {
            kwh = null;
        }
        return new AmendmentRequest(request.path("consumptionAmendmentSupplierReference").asString(null), mq,
                EffectiveDates.parse(request.path("consumptionAmendmentPeriodStartDate").asString(null)).orElse(null),
                EffectiveDates.parse(request.path("consumptionAmendmentPeriodEndDate").asString(null)).orElse(null),
                kwh, request.path("arc").isNull() ? null : request.path("arc").asString(null));
    }

    private static ObjectNode echo(Incoming message) {
        ObjectNode custom = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
        custom.set("B902List", message.custom().path("B902List").deepCopy());
        return custom;
    }
}
