package uk.mhhs.registration.process.disconnection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.process.disconnection.DisconnectionHistory.Entry;
import uk.mhhs.registration.process.disconnection.DisconnectionHistory.Event;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Disconnection and reconnection (the LDSO) and CSS de-registration (the Central Switching Service), as operator
 * calls: each is recorded in {@code disconnection_history} from its date and announced with IF-009 to the supplier,
 * the LDSO and the MDS (parties on that date); a disconnection or de-registration also ends the MS and DS
 * appointments from that date (IF-037 DEREG, {@link DeAppointing}). A reconnection appoints nobody: the supplier
 * appoints an MS and DS again through IF-031.
 *
 * <p>Rules (our reconstruction; DES138 publishes no codes for these operator-side events): the MPAN is valid and
 * registered (REG0000); the date is given (REG1088) and not before the MPAN exists (REG9011); events come in date
 * order, each after the latest recorded one (REG1014); a disconnection needs a connected MPAN, a reconnection a
 * disconnected one, and nothing follows a de-registration (REG1022). Any rule broken: {@link Rejected}, and the
 * transaction rolls back, so nothing changes.
 */
@Service
public class Disconnecting {

    /** What was recorded and sent. */
    public record Outcome(String mpanCore, String event, String effectiveFrom, List<String> sent) {
    }

    private final MpanBlocks blocks;
    private final DisconnectionHistory history;
    private final DeAppointing deAppointing;
    private final Outbound outbound;
    private final ReferenceData reference;

    Disconnecting(MpanBlocks blocks, DisconnectionHistory history, DeAppointing deAppointing, Outbound outbound,
                  ReferenceData reference) {
        this.blocks = blocks;
        this.history = history;
        this.deAppointing = deAppointing;
        this.outbound = outbound;
        this.reference = reference;
    }

    @Transactional
    public Outcome disconnect(String mpanCore, String effectiveFrom, String additionalInformation) {
        if (additionalInformation != null && additionalInformation.length() > 2000) {
            throw new Rejected("REG9011", "additionalInformation is longer than 2000 characters");
        }
        LocalDate from = date(effectiveFrom, "effectiveFrom");
        MpanRegistration reg = checked(mpanCore, from, Event.DISCONNECTED);
        ObjectNode b041 = MpanBlocks.object();
        b041.put("disconnectionEffectiveFromDate", RegDates.format(from));
        b041.put("additionalInformation", additionalInformation);
        history.record(reg.mpanCore(), from, Event.DISCONNECTED, additionalInformation);
        return announce(reg, from, Event.DISCONNECTED, "[MPANDisconnection]", "B041", b041, true);
    }

    @Transactional
    public Outcome reconnect(String mpanCore, String effectiveFrom) {
        LocalDate from = date(effectiveFrom, "effectiveFrom");
        MpanRegistration reg = checked(mpanCore, from, Event.RECONNECTED);
        ObjectNode b098 = MpanBlocks.object();
        b098.put("reconnectionEffectiveFromDate", RegDates.format(from));
        history.record(reg.mpanCore(), from, Event.RECONNECTED, null);
        return announce(reg, from, Event.RECONNECTED, "[MPANReconnection]", "B098", b098, false);
    }

    @Transactional
    public Outcome deregister(String mpanCore, String deregistrationDate) {
        LocalDate from = date(deregistrationDate, "deregistrationDate");
        MpanRegistration reg = checked(mpanCore, from, Event.DEREGISTERED);
        ObjectNode b042 = MpanBlocks.object();
        b042.put("CSSMPANDeRegistrationDate", RegDates.format(from));
        history.record(reg.mpanCore(), from, Event.DEREGISTERED, null);
        return announce(reg, from, Event.DEREGISTERED, "[CSSDeRegistration]", "B042", b042, true);
    }

    private Outcome announce(MpanRegistration reg, LocalDate from, Event event, String eventCode, String blockName,
                             ObjectNode block, boolean endAppointments) {
        List<String> sent = new ArrayList<>();
        ObjectNode custom = MpanBlocks.object();
        custom.set(blockName, block);
        var supplier = reg.parties().supplier();
        outbound.send("IF-009", eventCode, Arrays.asList(supplier == null ? null : supplier.dipId(),
                blocks.ldsoDipId(reg), reference.mdsDipId()), blocks.m0(reg), null, custom);
        sent.add("IF-009 " + eventCode);
        if (endAppointments) {
            sent.addAll(deAppointing.endAppointments(reg, from));
        }
        return new Outcome(reg.mpanCore(), event.name(), from.toString(), sent);
    }

    private MpanRegistration checked(String mpanCore, LocalDate from, Event next) {
        MpanRegistration reg = blocks.registration(mpanCore, from);
        if (from.isBefore(reg.createdFrom())) {
            throw new Rejected("REG9011", "the MPAN exists from " + reg.createdFrom() + ", not on " + from);
        }
        Optional<Entry> latest = history.latest(reg.mpanCore());
        Event current = latest.map(Entry::event).orElse(Event.RECONNECTED); // never disconnected = connected
        if (current == Event.DEREGISTERED) {
            throw new Rejected("REG1022", "the MPAN was de-registered from " + latest.get().effectiveFrom());
        }
        if (latest.isPresent() && !from.isAfter(latest.get().effectiveFrom())) {
            throw new Rejected("REG1014", "the MPAN's latest event is " + current + " from "
                    + latest.get().effectiveFrom() + "; a new one must be later than that");
        }
        if (next == Event.DISCONNECTED && current == Event.DISCONNECTED) {
            throw new Rejected("REG1022", "the MPAN is already disconnected from " + latest.get().effectiveFrom());
        }
        if (next == Event.RECONNECTED && current != Event.DISCONNECTED) {
            throw new Rejected("REG1022", "the MPAN is not disconnected");
        }
        return reg;
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new Rejected("REG1088", field + " is missing");
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Rejected("REG9011", field + " \"" + text + "\" is not a date yyyy-MM-dd");
        }
    }
}
