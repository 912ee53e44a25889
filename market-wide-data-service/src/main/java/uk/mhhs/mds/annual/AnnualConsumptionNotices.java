package uk.mhhs.mds.annual;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dipclient.facts.MpanFacts;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.mds.MdsProperties;
import uk.mhhs.mds.registration.Fact;
import uk.mhhs.mds.rules.AnnualConsumption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IF-040 {@code [AnnualConsumption]}: B059 with the AC (kWh, 3 decimals), its effective date (UK midnight) and
 * quality indicator. Recipients follow the issue — registration (REGS), the supplier, the data service and the LDSO —
 * although the catalogue lists REGS alone; M0 carries the MPAN, its distributor and GSP group.
 */
@Component
class AnnualConsumptionNotices {

    private static final Logger LOG = LoggerFactory.getLogger(AnnualConsumptionNotices.class);
    /** B059's pattern allows at most 9 digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 9;

    private final String registration;

    AnnualConsumptionNotices(MdsProperties properties) {
        this.registration = properties.registrationDipId();
    }

    /** The IF-040 of one MPAN, or empty (logged) when M0 cannot be filled or the AC does not fit B059. */
    Optional<Outbound.Draft> draft(long mpan, Map<String, MpanFacts.Dated> facts, AnnualConsumption ac,
                                   LocalDate effectiveFrom) {
        String distributor = value(facts, Fact.DISTRIBUTOR);
        String gsp = value(facts, Fact.GSP_GROUP);
        if (ac.kwh() == null || distributor == null || gsp == null
                || ac.kwh().precision() - ac.kwh().scale() > MAX_INTEGER_DIGITS) {
            LOG.warn("IF-040 for MPAN {} not sent: AC {}, distributor {}, GSP group {}", mpan, ac.kwh(), distributor,
                    gsp);
            return Optional.empty();
        }
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        custom.putObject("B059").put("annualConsumption", ac.kwh().toPlainString())
                .put("annualConsumptionEffectiveFromDate", EffectiveDates.format(effectiveFrom))
                .put("annualConsumptionQualityIndicator", ac.quality());
        List<String> recipients = java.util.stream.Stream.of(registration, value(facts, Fact.SUPPLIER),
                value(facts, Fact.DATA_SERVICE), distributor).filter(java.util.Objects::nonNull).toList();
        return Optional.of(new Outbound.Draft(null, "IF-040", "[AnnualConsumption]", recipients,
                new M0(String.format("%013d", mpan), distributor, gsp), null, custom));
    }

    private static String value(Map<String, MpanFacts.Dated> facts, Fact fact) {
        MpanFacts.Dated d = facts.get(fact.name());
        return d == null || d.value() == null || d.value().isBlank() ? null : d.value();
    }
}
