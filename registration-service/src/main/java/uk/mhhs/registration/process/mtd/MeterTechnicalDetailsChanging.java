package uk.mhhs.registration.process.mtd;

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
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;
import uk.mhhs.registration.register.RegisterWriter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Meter technical details (DES138): the Metering Service reports a meter installed, removed, exchanged or updated
 * (IF-005); REGS checks it, writes the {@code meter} table (and B030 IHD status when sent) and tells the MS, DS,
 * supplier and LDSO on the event's date (IF-006, same event, R0 A, the blocks echoed and B905List = the meters
 * installed on that date afterwards), or rejects it to the MS only (IF-006, R0 R, blocks echoed).
 * {@code [MeterHistoryUpdate]} is not handled yet: rejected REG1157.
 *
 * <p>Rules: REG0000 MPAN; REG1028 no installation date; REG1088 no removal date; REG1020 a date after today;
 * REG1011 installed before the MPAN exists; REG0003 the connection is unmetered on the date; REG1002 the sender is
 * not the MS appointed on the event date (install / removal / exchange: the installation date), REG1012 for
 * {@code [MeterUpdate]} (the MS appointed today); REG1029 modifiedMeterID outside an update; REG1009 MAP ID not an
 * MPID; REG1010 MAP before installation; REG1006 the meter ID is installed on or after the date; REG1004 (removal,
 * exchange) / REG1015 (update) no installed meter with that ID; REG1005 removal before its installation; REG1008
 * exchange installs before it removes; REG1013 modified ID already installed; REG1017 an update changes both the ID
 * and the installation date; REG1107 B039 in an update (correcting a removal is not supported). Which date the MS
 * must hold for an update, and REG1107, are our reconstruction. REG0001/REG0002 (wrong block for the event) cannot
 * reach REGS: the IF-005 schemas forbid those blocks, so the DIP refuses such messages at level 1.
 */
@Component
class MeterTechnicalDetailsChanging implements InboundHandler {

    private final MpanBlocks blocks;
    private final Meters meters;
    private final RegisterWriter writer;
    private final Outbound outbound;
    private final Clock clock;

    MeterTechnicalDetailsChanging(MpanBlocks blocks, Meters meters, RegisterWriter writer, Outbound outbound,
                                  Clock clock) {
        this.blocks = blocks;
        this.meters = meters;
        this.writer = writer;
        this.outbound = outbound;
        this.clock = clock;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-005");
    }

    @Override
    public void handle(Incoming message) {
        LocalDate today = RegDates.today(clock);
        blocks.registration(message.mpanCore(), today); // REG0000 first
        JsonNode custom = message.custom();
        LocalDate eventDate = switch (message.event()) {
            case "MeterInstall" -> install(message, MeterDetails.of(custom.path("B906")), today);
            case "MeterRemoval" -> remove(message, custom.path("B039"), today);
            case "MeterExchange" -> exchange(message, custom, today);
            case "MeterUpdate" -> update(message, custom, today);
            default -> throw new Rejected("REG1157", "IF-005 " + message.eventCode() + " is not handled");
        };
        if (custom.has("B030")) {
            writer.record("ihd_history", message.mpanCore(),
                    RegDates.parse(message.text("B030", "IHDEffectiveFromDate"), "IHDEffectiveFromDate"),
                    Collections.singletonMap("ihd_install_status", message.text("B030", "IHDInstallStatus")));
        }
        MpanRegistration after = blocks.registration(message.mpanCore(), eventDate);
        Parties parties = after.parties();
        ObjectNode out = echo(message);
        MpanBlocks.putIfPresent(out, "B905List", MpanBlocks.b905List(after));
        outbound.send("IF-006", message.eventCode(), Arrays.asList(
                        parties.meteringService() == null ? null : parties.meteringService().dipId(),
                        parties.dataService() == null ? null : parties.dataService().dipId(),
                        parties.supplier() == null ? null : parties.supplier().dipId(), blocks.ldsoDipId(after)),
                blocks.m0(after), new R0("A", List.of()), out);
    }

    private LocalDate install(Incoming message, MeterDetails meter, LocalDate today) {
        if (meter.modifiedMeterId() != null) {
            throw new Rejected("REG1029", "modifiedMeterID is only for [MeterUpdate]");
        }
        MpanRegistration reg = eventRegistration(message, meter.installedOn(), today);
        if (meter.installedOn().isBefore(reg.createdFrom())) {
            throw new Rejected("REG1011", "installed on " + meter.installedOn() + ", the MPAN exists from "
                    + reg.createdFrom());
        }
        checkSender(message, reg, "REG1002");
        if (meters.installedOnOrAfter(message.mpanCore(), meter.meterId(), meter.installedOn())) {
            throw new Rejected("REG1006", "meter " + meter.meterId() + " is installed on or after "
                    + meter.installedOn());
        }
        meters.install(message.mpanCore(), meter);
        return meter.installedOn();
    }

    private LocalDate remove(Incoming message, JsonNode b039, LocalDate today) {
        String meterId = b039.path("meterIDRemoved").asString(null);
        LocalDate on = RegDates.parse(b039.path("meterRemovalDate").asString(null), "meterRemovalDate");
        MpanRegistration reg = eventRegistration(message, on, today);
        checkSender(message, reg, "REG1002");
        Meters.Installed meter = meters.installed(message.mpanCore(), meterId)
                .orElseThrow(() -> new Rejected("REG1004", "no meter " + meterId + " is installed"));
        if (on.isBefore(meter.installedOn())) {
            throw new Rejected("REG1005", "removal on " + on + " is before the installation on "
                    + meter.installedOn());
        }
        meters.remove(message.mpanCore(), meter, on);
        return on;
    }

    private LocalDate exchange(Incoming message, JsonNode custom, LocalDate today) {
        MeterDetails meter = MeterDetails.of(custom.path("B906"));
        LocalDate removedOn = RegDates.parse(custom.path("B039").path("meterRemovalDate").asString(null),
                "meterRemovalDate");
        if (meter.installedOn().isBefore(removedOn)) {
            throw new Rejected("REG1008", "new meter installed on " + meter.installedOn() + ", old one removed on "
                    + removedOn);
        }
        remove(message, custom.path("B039"), today);
        return install(message, meter, today);
    }

    private LocalDate update(Incoming message, JsonNode custom, LocalDate today) {
        if (custom.has("B039")) {
            throw new Rejected("REG1107", "B039 (a removal) cannot be corrected with [MeterUpdate] here");
        }
        MeterDetails meter = MeterDetails.of(custom.path("B906"));
        checkSender(message, blocks.registration(message.mpanCore(), today), "REG1012");
        Meters.Installed held = meters.installed(message.mpanCore(), meter.meterId())
                .orElseThrow(() -> new Rejected("REG1015", "no meter " + meter.meterId() + " is installed"));
        boolean newDate = !held.installedOn().equals(meter.installedOn());
        if (meter.modifiedMeterId() != null) {
            if (newDate) {
                throw new Rejected("REG1017", "meter " + meter.meterId() + " installed on " + held.installedOn()
                        + ": the ID and the installation date cannot both change");
            }
            if (meters.installed(message.mpanCore(), meter.modifiedMeterId()).isPresent()) {
                throw new Rejected("REG1013", "meter " + meter.modifiedMeterId() + " is already installed");
            }
        }
        if (newDate) {
            MpanRegistration reg = eventRegistration(message, meter.installedOn(), today);
            if (meter.installedOn().isBefore(reg.createdFrom())) {
                throw new Rejected("REG1011", "installed on " + meter.installedOn() + ", the MPAN exists from "
                        + reg.createdFrom());
            }
        }
        meters.update(message.mpanCore(), held, meter);
        return today;
    }

    /** The register on the event's date: REG1020 if it is after today, REG0003 if unmetered then. */
    private MpanRegistration eventRegistration(Incoming message, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new Rejected("REG1020", "event dated " + date + " is after today " + today);
        }
        MpanRegistration reg = blocks.registration(message.mpanCore(), date);
        var connection = reg.connection();
        if (connection != null && (!connection.value().metered()
                || "U".equals(connection.value().connectionType()))) {
            throw new Rejected("REG0003", "the connection is unmetered (" + connection.value().connectionType()
                    + ") on " + date);
        }
        return reg;
    }

    private static void checkSender(Incoming message, MpanRegistration reg, String code) {
        Parties.Appointment ms = reg.parties().meteringService();
        if (ms == null || !ms.dipId().equals(message.senderDipId())) {
            throw new Rejected(code, "sender " + message.senderDipId() + " is not the MS appointed on "
                    + reg.asAt() + " (" + (ms == null ? "none" : ms.dipId()) + ")");
        }
    }

    @Override
    public void rejected(Incoming message, Rejected rejection) {
        if (!Set.of("MeterInstall", "MeterRemoval", "MeterExchange", "MeterUpdate").contains(message.event())) {
            return; // no IF-006 variant to answer with
        }
        outbound.send("IF-006", message.eventCode(), List.of(message.senderDipId()),
                blocks.responseM0(message, RegDates.today(clock)),
                new R0("R", rejection.responseMessages()), echo(message));
    }

    /** The IF-005 blocks IF-006 carries for the event: B906, B039, B030 as sent. */
    private static ObjectNode echo(Incoming message) {
        ObjectNode out = MpanBlocks.object();
        for (String block : List.of("B906", "B039", "B030")) {
            if (message.custom().has(block)) {
                out.set(block, message.custom().path(block).deepCopy());
            }
        }
        return out;
    }
}
