package uk.mhhs.registration.process.energisation;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.R0;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;
import uk.mhhs.registration.register.RegisterWriter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Energisation (DES138): the Metering Service tells REGS the MPAN's energisation status changed (IF-007
 * {@code [EnergisationStatusChange]}, B025); REGS records it and tells the MS, DS, supplier, LDSO and MDS (IF-008,
 * R0 A), or rejects it back to the sender only (IF-008, R0 R, B025 echoed).
 *
 * <p>IF-007 {@code [EnergisationStatusFailure]} (B040: the MS could not (de-)energise) is addressed to the supplier
 * as well; REGS holds nothing it would change, so it is accepted and only logged.
 *
 * <p>Rules, in this order (the split between REG1002 and REG1019 and the same-status rule are our reconstruction):
 * the MPAN is valid and registered (REG0000); the effective date is given (REG1088) and not in the future
 * (REG1020); the sender is the MS appointed on the effective date, else REG1019 if the sender is the MS appointed
 * today (the date falls outside its appointment) and REG1002 otherwise; the status differs from the one held on the
 * effective date (REG1022), except a restatement of the held row itself (same status, same date), which is
 * accepted again and re-notified (idempotent for a sender that retries).
 */
@Component
class EnergisationChanging implements InboundHandler {

    static final String CHANGE = "EnergisationStatusChange";
    static final String FAILURE = "EnergisationStatusFailure";

    private final MpanBlocks blocks;
    private final RegisterWriter writer;
    private final Outbound outbound;
    private final ReferenceData reference;
    private final Clock clock;

    EnergisationChanging(MpanBlocks blocks, RegisterWriter writer, Outbound outbound, ReferenceData reference,
                         Clock clock) {
        this.blocks = blocks;
        this.writer = writer;
        this.outbound = outbound;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-007");
    }

    @Override
    public void handle(Incoming message) {
        switch (message.event()) {
            case CHANGE -> change(message);
            case FAILURE -> blocks.registration(message.mpanCore(), RegDates.today(clock)); // REG0000 only
            default -> throw new Rejected("REG1157", "IF-007 has no event " + message.eventCode());
        }
    }

    private void change(Incoming message) {
        LocalDate today = RegDates.today(clock);
        blocks.registration(message.mpanCore(), today); // REG0000 before anything else
        String status = message.text("B025", "energisationStatus");
        LocalDate from = RegDates.parse(message.text("B025", "energisationStatusEffectiveFromDate"),
                "energisationStatusEffectiveFromDate");
        if (from.isAfter(today)) {
            throw new Rejected("REG1020", "energisation status effective from " + from + " is after today " + today);
        }
        MpanRegistration reg = blocks.registration(message.mpanCore(), from);
        checkSenderIsMeteringService(message, reg, today);
        var held = reg.energisationStatus();
        if (held != null && held.value().equals(status) && !held.effectiveFrom().equals(from)) {
            throw new Rejected("REG1022", "the MPAN is already " + status + " from " + held.effectiveFrom());
        }
        writer.record("energisation_history", reg.mpanCore(), from, Map.of("energisation_status", status));
        Parties parties = reg.parties();
        outbound.send("IF-008", "[" + CHANGE + "]", recipients(reg, parties), blocks.m0(reg), new R0("A", List.of()),
                custom(MpanBlocks.b025(status, from)));
    }

    private void checkSenderIsMeteringService(Incoming message, MpanRegistration reg, LocalDate today) {
        Parties.Appointment ms = reg.parties().meteringService();
        if (ms != null && ms.dipId().equals(message.senderDipId())) {
            return;
        }
        Parties.Appointment current = blocks.registration(message.mpanCore(), today).parties().meteringService();
        if (current != null && current.dipId().equals(message.senderDipId())) {
            throw new Rejected("REG1019", "sender " + message.senderDipId() + " is the MS from "
                    + current.effectiveFrom() + ", not on " + reg.asAt());
        }
        throw new Rejected("REG1002", "sender " + message.senderDipId() + " is not the MS appointed on "
                + reg.asAt() + " (" + (ms == null ? "none" : ms.dipId()) + ")");
    }

    private List<String> recipients(MpanRegistration reg, Parties parties) {
        return java.util.Arrays.asList(
                parties.meteringService() == null ? null : parties.meteringService().dipId(),
                parties.dataService() == null ? null : parties.dataService().dipId(),
                parties.supplier() == null ? null : parties.supplier().dipId(),
                blocks.ldsoDipId(reg), reference.mdsDipId());
    }

    @Override
    public void rejected(Incoming message, Rejected rejection) {
        if (!CHANGE.equals(message.event())) {
            return; // a failure notice has no response interface
        }
        outbound.send("IF-008", message.eventCode(), List.of(message.senderDipId()),
                blocks.responseM0(message, RegDates.today(clock)),
                new R0("R", rejection.responseMessages()), custom(message.custom().path("B025").deepCopy()));
    }

    private static ObjectNode custom(JsonNode b025) {
        ObjectNode custom = MpanBlocks.object();
        custom.set("B025", b025);
        return custom;
    }
}
