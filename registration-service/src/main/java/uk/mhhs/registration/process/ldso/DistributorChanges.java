package uk.mhhs.registration.process.ldso;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.party.GspGroup;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;
import uk.mhhs.registration.register.RegisterLookup;
import uk.mhhs.registration.register.RegisterWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LDSO data changes: a distributor's change to an MPAN's standing data (requested by an operator on the LDSO's
 * behalf) is checked, recorded from its date and announced with IF-018 (the event requested) to the supplier, DS,
 * MS, MDS and LDSO on that date. One transaction: a refused change writes nothing and sends nothing.
 */
@Service
public class DistributorChanges {

    /** The answer: what was recorded and who IF-018 went to. */
    public record Done(String mpanCore, String event, LocalDate effectiveFrom, List<String> recipients) {
    }

    private final RegisterLookup lookup;
    private final RegisterWriter writer;
    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final ReferenceData reference;

    public DistributorChanges(RegisterLookup lookup, RegisterWriter writer, MpanBlocks blocks, Outbound outbound,
                              ReferenceData reference) {
        this.lookup = lookup;
        this.writer = writer;
        this.blocks = blocks;
        this.outbound = outbound;
        this.reference = reference;
    }

    @Transactional
    public Done apply(String mpanCore, ChangeRequest request) {
        String event = request.text("event", "REG1157");
        DistributorEvent kind = DistributorEvent.of(event).orElseThrow(() -> RefusedChange.invalid("REG1157",
                "event \"" + event + "\" is not one of " + DistributorEvent.names()));
        request.onlyFields(kind.fields(), event);
        LocalDate from = request.effectiveFrom();
        MpanRegistration before = ChangeRequest.registration(lookup, mpanCore, from);
        record(kind, request, before, from);
        MpanRegistration after = ChangeRequest.registration(lookup, mpanCore, from);
        List<String> to = recipients(after);
        outbound.send("IF-018", "[" + event + "]", to, blocks.m0(after), null, customBlock(kind, after));
        return new Done(after.mpanCore(), event, from, to);
    }

    private void record(DistributorEvent kind, ChangeRequest request, MpanRegistration reg, LocalDate from) {
        String mpan = reg.mpanCore();
        switch (kind) {
            case GSP_CHG -> writer.record("gsp_group_history", mpan, from, Map.of("gsp_group_id", gspGroup(request, reg)));
            case ADDRESS_CHG -> writer.record("address_history", mpan, from, DistributorEvent.address(request));
            case DUOS_TARIFF_ID_CHG -> {
                String tariff = request.text("duosTariffId", "REG1168");
                if (tariff == null || !tariff.matches("[A-Za-z0-9]{1,3}")) {
                    throw RefusedChange.invalid("REG1168", "duosTariffId \"" + tariff + "\" is not 1 to 3 letters or digits");
                }
                writer.record("duos_tariff_history", mpan, from, Map.of("duos_tariff_id", tariff));
            }
            case DOM_PREM_IND -> writer.record("domestic_premise_history", mpan, from,
                    Map.of("domestic_premise", request.bool("domesticPremise", "REG1113")));
            case ENERGY_DIRECTION, MUM_INDICATOR -> {
                MpanRegistration.Connection held = Optional.ofNullable(reg.connection()).map(d -> d.value())
                        .orElseThrow(() -> RefusedChange.inconsistent("REG9011",
                                "the register holds no connection type for the MPAN on " + from));
                String direction = held.energyDirection();
                boolean metered = held.metered();
                if (kind == DistributorEvent.ENERGY_DIRECTION) {
                    direction = request.text("energyDirection", "REG1114");
                    if (!"I".equals(direction) && !"E".equals(direction)) {
                        throw RefusedChange.invalid("REG1114", "energyDirection \"" + direction + "\" is not I or E");
                    }
                } else {
                    metered = request.bool("metered", "REG1128");
                }
                writer.record("connection_history", mpan, from, Map.of("connection_type", held.connectionType(),
                        "energy_direction", direction, "metered", metered));
            }
            case DCC_ENROLMENT -> {
                String flag = request.text("dccServiceFlag", "REG1146");
                if (flag == null || !Set.of("A", "I", "N").contains(flag)) {
                    throw RefusedChange.invalid("REG1146", "dccServiceFlag \"" + flag + "\" is not A, I or N");
                }
                writer.record("dcc_enrolment_history", mpan, from, Map.of("dcc_service_flag", flag));
            }
        }
    }

    /** REG1110: {@code _A} … {@code _P} (400), and the distributor's own group for distributors 10–23 (422). */
    private static String gspGroup(ChangeRequest request, MpanRegistration reg) {
        String code = request.text("gspGroupId", "REG1110");
        GspGroup group;
        try {
            group = GspGroup.of(code);
        } catch (RuntimeException e) {
            throw RefusedChange.invalid("REG1110", "gspGroupId \"" + code + "\" is not a GSP group (_A … _P)");
        }
        Optional<GspGroup> own = GspGroup.fromDistributorId(reg.distributorId());
        if (own.isPresent() && own.get() != group) {
            throw RefusedChange.inconsistent("REG1110", "distributor " + reg.distributorId() + " is in GSP group "
                    + own.get().code() + ", not " + group.code());
        }
        return group.code();
    }

    private ObjectNode customBlock(DistributorEvent kind, MpanRegistration reg) {
        ObjectNode custom = MpanBlocks.object();
        switch (kind) {
            case GSP_CHG, ADDRESS_CHG -> {
                custom.putObject("B001").put("GSPGroupEffectiveFromDate",
                        RegDates.format(reg.gspGroupId().effectiveFrom()));
                custom.set("B022", MpanBlocks.b022(reg));
            }
            case DUOS_TARIFF_ID_CHG -> custom.set("B024", MpanBlocks.b024(reg));
            case DOM_PREM_IND -> custom.set("B028", MpanBlocks.b028(reg));
            case ENERGY_DIRECTION, MUM_INDICATOR -> custom.set("B023", MpanBlocks.b023(reg));
            case DCC_ENROLMENT -> custom.set("B029", MpanBlocks.b029(reg));
        }
        return custom;
    }

    /** Supplier, DS, MS, MDS, LDSO on the date (DES138 IF-018 recipients; EES not held). */
    private List<String> recipients(MpanRegistration reg) {
        Parties p = reg.parties();
        Set<String> to = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add(p.supplier() == null ? null : p.supplier().dipId());
        all.add(p.dataService() == null ? null : p.dataService().dipId());
        all.add(p.meteringService() == null ? null : p.meteringService().dipId());
        all.add(reference.mdsDipId());
        all.add(blocks.ldsoDipId(reg));
        all.stream().filter(java.util.Objects::nonNull).forEach(to::add);
        return List.copyOf(to);
    }
}
