package uk.mhhs.registration.process.consumption;

import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.RegisterWriter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * MDS → REGS IF-040 {@code [AnnualConsumption]} (B059): the MPAN's annual consumption and its quality from a date,
 * which REGS then carries as B027 in IF-001, IF-002 and IF-036. Only the configured Market-wide Data Service may
 * send it. IF-040 has no response interface: a rejected one is only logged ({@code process_message} REJECTED with
 * the code). Codes: REG0000 (MPAN), REG9011 (sender not the MDS, negative consumption: no dedicated code).
 */
@Component
class AnnualConsumptionHandler implements InboundHandler {

    private final MpanBlocks blocks;
    private final RegisterWriter writer;
    private final ReferenceData reference;

    AnnualConsumptionHandler(MpanBlocks blocks, RegisterWriter writer, ReferenceData reference) {
        this.blocks = blocks;
        this.writer = writer;
        this.reference = reference;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-040");
    }

    @Override
    public void handle(Incoming message) {
        if (!reference.mdsDipId().equals(message.senderDipId())) {
            throw new Rejected("REG9011", "IF-040 comes from the Market-wide Data Service " + reference.mdsDipId()
                    + " only, not " + message.senderDipId());
        }
        LocalDate from = RegDates.parse(message.text("B059", "annualConsumptionEffectiveFromDate"),
                "annualConsumptionEffectiveFromDate");
        MpanRegistration reg = blocks.registration(message.mpanCore(), from);
        BigDecimal kwh = new BigDecimal(message.text("B059", "annualConsumption"));
        if (kwh.signum() < 0) {
            throw new Rejected("REG9011", "annual consumption " + kwh.toPlainString() + " kWh is negative");
        }
        writer.record("annual_consumption_history", reg.mpanCore(), from, Map.of("annual_consumption", kwh,
                "quality_indicator", message.text("B059", "annualConsumptionQualityIndicator")));
    }

    @Override
    public void rejected(Incoming message, Rejected rejection) {
        // IF-040 has no response interface; the dispatcher logs the rejection
    }
}
