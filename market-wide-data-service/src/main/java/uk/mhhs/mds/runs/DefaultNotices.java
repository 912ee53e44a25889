package uk.mhhs.mds.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dipclient.facts.MpanFacts;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.mds.registration.Fact;
import uk.mhhs.mds.rules.ConsumptionComponentClasses;
import uk.mhhs.mds.rules.UtcPeriod;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IF-013 [ActivePowerDefaulted]: once per run and MPAN with defaulted periods, to its data service, supplier and
 * LDSO — B043 (the impacted DS and supplier), B049 (run execution date, settlement code, run number), B067, and the
 * defaulted periods by UTC day with their load shape flag under the MPAN's defaulted consumption class.
 */
@Component
class DefaultNotices {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultNotices.class);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'");

    /** One defaulted period: where it falls in UTC, the value, the shape's flag. */
    record Defaulted(UtcPeriod period, BigDecimal kwh, String flag) {
    }

    private final Outbound outbound;

    DefaultNotices(Outbound outbound) {
        this.outbound = outbound;
    }

    void send(long mpan, Map<String, MpanFacts.Dated> facts, LocalDate settlementDate, String runType, int runNumber,
              String mq, String segment, String domestic, String connectionType, List<Defaulted> defaults,
              ConsumptionComponentClasses cccs, Clock clock) {
        String ds = value(facts, Fact.DATA_SERVICE);
        String supplier = value(facts, Fact.SUPPLIER);
        var ccc = cccs.find(mq, segment, domestic, connectionType, ConsumptionComponentClasses.CONSUMPTION,
                ConsumptionComponentClasses.DEFAULTED);
        if (ds == null || supplier == null || ccc.isEmpty()) {
            LOG.warn("IF-013 for MPAN {} ({} {} #{}) not sent: data service {}, supplier {}, defaulted class {}",
                    mpan, settlementDate, runType, runNumber, ds, supplier, ccc.map(c -> c.id()).orElse(null));
            return;
        }
        JsonMapper json = JsonMapper.shared();
        ObjectNode custom = json.createObjectNode();
        custom.putObject("B043").put("settlementImpactedDataServiceDIPID", ds)
                .put("settlementImpactedSupplierDIPID", supplier);
        custom.putObject("B049").put("settlementRunExecutionDate", DipTimestamps.format(clock.instant()))
                .put("settlementCode", runType).put("runNumber", runNumber);
        MpanFacts.Dated ct = facts.get(Fact.CONNECTION_TYPE.name());
        custom.putObject("B067").put("connectionTypeIndicator", connectionType)
                .put("connectionTypeEffectiveFromDate", EffectiveDates.format(ct == null ? settlementDate : ct.from()));
        ObjectNode entry = custom.putArray("B920List").addObject();
        entry.putObject("MQID").put("measurementQuantityID", mq).put("marketSegmentIndicator", segment)
                .put("domesticPremiseIndicator", "T".equals(domestic)).put("consumptionComponentClassID", ccc.get().id())
                .put("consumptionComponentIndicator", ConsumptionComponentClasses.CONSUMPTION);
        ArrayNode days = entry.putArray("settlementDayConsumptionPeriods");
        Map<LocalDate, List<Defaulted>> byDate = new LinkedHashMap<>();
        defaults.forEach(d -> byDate.computeIfAbsent(d.period().utcDate(), k -> new ArrayList<>()).add(d));
        byDate.forEach((date, list) -> {
            ObjectNode day = days.addObject();
            day.putObject("settlementDay").put("settlementDayDate", UTC.format(date.atStartOfDay()))
                    .put("periodDuration", 30);
            ArrayNode periods = day.putArray("defaultedConsumptionPeriods");
            for (Defaulted d : list) {
                periods.addObject().put("settlementPeriodEffectiveToDateTime",
                                UTC.format(date.atStartOfDay().plusMinutes(30L * (d.period().index() + 1))))
                        .put("defaultedSPConsumption", d.kwh().setScale(3).toPlainString())
                        .put("defaultLoadShapeFlag", d.flag());
            }
        });
        String mpanCore = String.format("%013d", mpan);
        List<String> recipients = new ArrayList<>(List.of(ds, supplier));
        if (value(facts, Fact.DISTRIBUTOR) != null) {
            recipients.add(value(facts, Fact.DISTRIBUTOR));
        }
        outbound.send("IF-013", "[ActivePowerDefaulted]", recipients, new M0(mpanCore, value(facts, Fact.DISTRIBUTOR), value(facts, Fact.GSP_GROUP)),
                null, custom);
    }

    private static String value(Map<String, MpanFacts.Dated> facts, Fact fact) {
        MpanFacts.Dated d = facts.get(fact.name());
        return d == null || d.value() == null || d.value().isBlank() ? null : d.value();
    }
}
