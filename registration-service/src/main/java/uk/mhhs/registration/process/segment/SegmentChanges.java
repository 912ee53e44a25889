package uk.mhhs.registration.process.segment;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.registration.RegistrationProperties;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.appointment.Appointments;
import uk.mhhs.registration.process.ldso.ChangeRequest;
import uk.mhhs.registration.process.ldso.RefusedChange;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.RegisterLookup;
import uk.mhhs.registration.register.RegisterWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change of market segment and/or connection type from a date: recorded; IF-044 {@code [MarketSegmentChange]}
 * (B026, B023) to the supplier, MDS and LDSO when the segment changes; IF-043 {@code [ConnectionTypeChange]} (B023)
 * to the DCC when the connection type changes and a DCC DIP ID is configured; then every SEG appointment the
 * supplier has had accepted for the MPAN becomes effective from the same date (IF-036, and IF-037 to the provider
 * replaced with reason CSEGM, or CCONN when only the connection type changed). One transaction.
 */
@Service
public class SegmentChanges {

    /** The answer: what changed, what was sent and which SEG appointment requests became effective. */
    public record Done(String mpanCore, LocalDate effectiveFrom, String marketSegment, String connectionType,
                       List<String> sent, List<Long> activatedRequests) {
    }

    private static final Set<String> FIELDS = Set.of("marketSegment", "connectionType", "effectiveFrom");

    private final RegisterLookup lookup;
    private final RegisterWriter writer;
    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final ReferenceData reference;
    private final Appointments appointments;
    private final String dccDipId;

    @Autowired
    public SegmentChanges(RegisterLookup lookup, RegisterWriter writer, MpanBlocks blocks, Outbound outbound,
                          ReferenceData reference, Appointments appointments, RegistrationProperties properties) {
        this(lookup, writer, blocks, outbound, reference, appointments, properties.parties().dccDipId());
    }

    /** @param dccDipId the DCC's DIP ID; blank = no DCC, IF-043 is not sent */
    SegmentChanges(RegisterLookup lookup, RegisterWriter writer, MpanBlocks blocks, Outbound outbound,
                   ReferenceData reference, Appointments appointments, String dccDipId) {
        this.lookup = lookup;
        this.writer = writer;
        this.blocks = blocks;
        this.outbound = outbound;
        this.reference = reference;
        this.appointments = appointments;
        this.dccDipId = dccDipId;
    }

    @Transactional
    public Done apply(String mpanCore, ChangeRequest request) {
        request.onlyFields(FIELDS, "a segment change");
        String segment = request.text("marketSegment", "REG1111");
        String connectionType = request.text("connectionType", "REG1116");
        if (segment == null && connectionType == null) {
            throw RefusedChange.invalid("REG9011", "neither marketSegment nor connectionType is given");
        }
        if (segment != null && !Set.of("S", "A", "U").contains(segment)) {
            throw RefusedChange.invalid("REG1111", "marketSegment \"" + segment + "\" is not S, A or U");
        }
        if (connectionType != null && !Set.of("W", "L", "H", "E", "U").contains(connectionType)) {
            throw RefusedChange.invalid("REG1116", "connectionType \"" + connectionType + "\" is not W, L, H, E or U");
        }
        LocalDate from = request.effectiveFrom();
        MpanRegistration before = ChangeRequest.registration(lookup, mpanCore, from);
        if (before.connection() == null || before.marketSegment() == null) {
            throw RefusedChange.inconsistent("REG9011", "the register holds no market segment or connection type"
                    + " for the MPAN on " + from);
        }
        MpanRegistration.Connection held = before.connection().value();
        boolean segmentChanges = segment != null && !segment.equals(before.marketSegment().value());
        boolean connectionChanges = connectionType != null && !connectionType.equals(held.connectionType());
        if (!segmentChanges && !connectionChanges) {
            throw RefusedChange.inconsistent("REG1022", "on " + from + " the market segment is already "
                    + before.marketSegment().value() + " and the connection type " + held.connectionType());
        }
        if (segmentChanges) {
            writer.record("market_segment_history", mpanCore, from, Map.of("market_segment", segment));
        }
        if (connectionChanges) {
            writer.record("connection_history", mpanCore, from, Map.of("connection_type", connectionType,
                    "energy_direction", held.energyDirection(), "metered", held.metered()));
        }
        MpanRegistration after = ChangeRequest.registration(lookup, mpanCore, from);
        List<String> sent = new ArrayList<>();
        if (segmentChanges) {
            ObjectNode custom = MpanBlocks.object();
            custom.set("B026", MpanBlocks.b026(after));
            custom.set("B023", MpanBlocks.b023(after));
            outbound.send("IF-044", "[MarketSegmentChange]", Arrays.asList(after.parties().supplier() == null ? null
                    : after.parties().supplier().dipId(), reference.mdsDipId(), blocks.ldsoDipId(after)),
                    blocks.m0(after), null, custom);
            sent.add("IF-044 [MarketSegmentChange]");
        }
        if (connectionChanges && dccDipId != null && !dccDipId.isBlank()) {
            ObjectNode custom = MpanBlocks.object();
            custom.set("B023", MpanBlocks.b023(after));
            outbound.send("IF-043", "[ConnectionTypeChange]", List.of(dccDipId), blocks.m0(after), null, custom);
            sent.add("IF-043 [ConnectionTypeChange]");
        }
        List<Long> activated = appointments.acceptedRequests(mpanCore, "SEG");
        for (long id : activated) {
            appointments.activate(id, from, segmentChanges ? "CSEGM" : "CCONN");
        }
        return new Done(after.mpanCore(), from, after.marketSegment().value(),
                after.connection().value().connectionType(), sent, activated);
    }
}
