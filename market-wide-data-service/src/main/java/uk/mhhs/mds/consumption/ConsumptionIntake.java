package uk.mhhs.mds.consumption;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import uk.mhhs.common.codes.CodeBook;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.common.envelope.R0;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dipclient.facts.MpanFacts;
import uk.mhhs.dipclient.listener.DipPubListener;
import uk.mhhs.dipclient.listener.PubMessage;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.mds.MdsProperties;
import uk.mhhs.mds.registration.Fact;
import uk.mhhs.mds.rules.CheckResult;
import uk.mhhs.mds.rules.ConsumptionChecks;
import uk.mhhs.mds.rules.ConsumptionDay;
import uk.mhhs.mds.rules.Finding;
import uk.mhhs.mds.rules.MpanStatus;
import uk.mhhs.mds.rules.Period;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * IF-021 from the data services, a poll at a time (the kit's batch listener: one inbox statement and one transaction
 * per poll). Each message is checked against the ECS rules ({@link ConsumptionChecks}) with what MDS holds of the
 * MPAN on the date (the registration view); accepted days are stored as a new version ({@link ConsumptionStore}),
 * accepted days with a warning (actual consumption on a de-energised MPAN) too, with IF-014
 * [ConsumptionOnDeEnergisedMPAN] (R0 W); rejected days are stored nowhere and answered with IF-014
 * [ActivePowerRejected] (R0 R and every ECS code in the official wording) to the data service and the supplier. Both
 * outcomes are kept in {@code consumption_finding} and counted ({@code mds.consumption{outcome}}).
 */
@Component
class ConsumptionIntake {

    private final ConsumptionStore store;
    private final MpanFacts facts;
    private final ConsumptionChecks checks;
    private final Outbound outbound;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int rfDays;
    private final MeterRegistry meters;

    ConsumptionIntake(ConsumptionStore store, MpanFacts facts, Outbound outbound, JdbcTemplate jdbc, Clock clock,
                      MdsProperties properties, MeterRegistry meters) {
        this.store = store;
        this.facts = facts;
        this.checks = new ConsumptionChecks(properties.maxKwhPerPeriod());
        this.outbound = outbound;
        this.jdbc = jdbc;
        this.clock = clock.withZone(ZoneOffset.UTC);
        this.rfDays = properties.rfDays();
        this.meters = meters;
    }

    @DipPubListener(interfaces = "IF-021", consumer = "mds-consumption")
    void onConsumption(List<PubMessage> batch) {
        LocalDate today = LocalDate.now(clock);
        List<Received> received = batch.stream().flatMap(this::days).toList();
        Map<LocalDate, Map<Long, Map<String, MpanFacts.Dated>>> registration = new HashMap<>();
        received.stream().filter(r -> r.date() != null && r.mpan() != null)
                .map(Received::date).distinct().forEach(date -> registration.put(date, facts.asAt(received.stream()
                        .filter(r -> date.equals(r.date()) && r.mpan() != null).map(Received::mpan).distinct()
                        .toList(), date)));
        List<ConsumptionStore.Day> accepted = new ArrayList<>();
        List<Outbound.Draft> answers = new ArrayList<>();
        List<Object[]> findings = new ArrayList<>();
        for (Received r : received) {
            Map<String, MpanFacts.Dated> known = r.date() == null || r.mpan() == null ? null
                    : registration.getOrDefault(r.date(), Map.of()).get(r.mpan());
            CheckResult result = checks.check(r.day(), status(known, r.date()), r.message().senderDipId(), today);
            if (result.accepted()) {
                accepted.add(new ConsumptionStore.Day(result.settlementDate(), r.mpan(), r.day().mq(),
                        wh(result.values()), result.q(), r.message().transactionId(), r.message().senderDipId(),
                        !result.warnings().isEmpty()));
            }
            List<Finding> reported = result.accepted() ? result.warnings() : result.rejections();
            if (!reported.isEmpty()) {
                String code = result.accepted() ? "W" : "R";
                List<String> messages = reported.stream().map(ConsumptionIntake::responseMessage).distinct().toList();
                answers.add(new Outbound.Draft(null, "IF-014", result.accepted() ? If014Messages.DE_ENERGISED
                        : If014Messages.REJECTED, recipients(r, known), r.message().m0AsSent(),
                        new R0(code, messages), If014Messages.echo(r.message().custom())));
                findings.add(new Object[] {r.message().transactionId(), r.mpan(),
                        result.settlementDate() == null ? null : Date.valueOf(result.settlementDate()), code,
                        reported.stream().map(Finding::code).toArray(String[]::new),
                        reported.stream().map(f -> f.code() + " " + f.reason()).toArray(String[]::new)});
            }
            meters.counter("mds.consumption", "outcome", !result.accepted() ? "rejected"
                    : result.warnings().isEmpty() ? "accepted" : "warning").increment();
        }
        store.store(accepted);
        outbound.sendAll(answers);
        recordFindings(findings);
    }

    /**
     * The R0 message of a finding: the official wording of its code; the warning, which has no code, in its own
     * words; never over the 200 characters R0 allows (the full reason is in {@code consumption_finding}).
     */
    private static String responseMessage(Finding finding) {
        String text = CodeBook.standard().formatted(finding.code()).orElseGet(() ->
                ConsumptionChecks.CONSUMPTION_ON_DE_ENERGISED.equals(finding.code())
                        ? ConsumptionChecks.CONSUMPTION_ON_DE_ENERGISED_TEXT : finding.code() + " - " + finding.reason());
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private Stream<Received> days(PubMessage pub) {
        uk.mhhs.dipclient.process.Incoming message = uk.mhhs.dipclient.process.Incoming.of(pub);
        JsonNode custom = message.custom();
        Long mpan = message.mpanCore() != null && message.mpanCore().matches("\\d{13}")
                ? Long.parseLong(message.mpanCore()) : null;
        String connectionType = custom.path("B067").path("connectionTypeIndicator").asString(null);
        LocalDate connectionTypeFrom = EffectiveDates.parse(custom.path("B067")
                .path("connectionTypeEffectiveFromDate").asString(null)).orElse(null);
        String mq = custom.path("B900").path("MQID").path("measurementQuantityID").asString(null);
        List<Received> result = new ArrayList<>();
        for (JsonNode day : custom.path("B900").path("settlementDayConsumptionPeriods").values()) {
            List<Period> periods = new ArrayList<>(48);
            for (JsonNode p : day.path("consumptionPeriods").values()) {
                periods.add(new Period(text(p, "sp"), text(p, "v"), text(p, "q"), text(p, "e"), text(p, "arc")));
            }
            JsonNode settlementDay = day.path("settlementDay");
            String date = text(settlementDay, "settlementDayDate");
            JsonNode duration = settlementDay.path("periodDuration");
            result.add(new Received(message, mpan, utcDate(date), new ConsumptionDay(message.mpanCore(),
                    message.eventCode(), mq, date, duration.isNumber() ? duration.intValue() : null, periods,
                    connectionType, connectionTypeFrom)));
        }
        return result.stream();
    }

    /** What the checks need of the registration view on the date. */
    private MpanStatus status(Map<String, MpanFacts.Dated> known, LocalDate date) {
        if (known == null || date == null) {
            return null;
        }
        return new MpanStatus("T".equals(value(known, Fact.REGISTERED)), blankAsNull(value(known, Fact.DATA_SERVICE)),
                !"D".equals(value(known, Fact.ENERGISATION)), value(known, Fact.ENERGY_DIRECTION),
                date.plusDays(rfDays));
    }

    private static List<String> recipients(Received r, Map<String, MpanFacts.Dated> known) {
        List<String> to = new ArrayList<>();
        to.add(r.message().senderDipId());
        if (known != null) {
            to.add(blankAsNull(value(known, Fact.SUPPLIER)));
        }
        return to;
    }

    private void recordFindings(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into consumption_finding (transaction_id, mpan_core, settlement_date, response_code, codes,
                                                 messages) values (?, ?, ?, ?, ?, ?)
                on conflict (transaction_id) do nothing""", rows, 500, (ps, row) -> {
            ps.setString(1, (String) row[0]);
            ps.setObject(2, row[1]);
            ps.setDate(3, (Date) row[2]);
            ps.setString(4, (String) row[3]);
            ps.setArray(5, ps.getConnection().createArrayOf("text", (Object[]) row[4]));
            ps.setArray(6, ps.getConnection().createArrayOf("text", (Object[]) row[5]));
        });
    }

    private static Long[] wh(BigDecimal[] values) {
        Long[] wh = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            wh[i] = values[i] == null ? null : values[i].movePointRight(3).longValueExact();
        }
        return wh;
    }

    private static LocalDate utcDate(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String value(Map<String, MpanFacts.Dated> known, Fact fact) {
        MpanFacts.Dated dated = known.get(fact.name());
        return dated == null ? null : dated.value();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private record Received(uk.mhhs.dipclient.process.Incoming message, Long mpan, LocalDate date,
                            ConsumptionDay day) {
    }
}
