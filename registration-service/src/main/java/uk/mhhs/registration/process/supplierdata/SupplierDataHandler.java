package uk.mhhs.registration.process.supplierdata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.R0;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.RegistrationProperties;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;
import uk.mhhs.registration.register.RegisterWriter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supplier data maintenance: SUP → REGS IF-025 {@code [ConsentGranularity]} (B068), {@code [IHDInfo]} (B030),
 * {@code [SMSO]} (B031), {@code [SSCandProfileClass]} (B032). The sender must be the MPAN's registered supplier on
 * the item's effective-from date (REG1021); each item's own rules are in {@link SupplierDataItem}. Accepted: the
 * item is recorded from its date and IF-026 (same event, R0 A) goes to the supplier, DS, LSS, LDSO and MS (the
 * parties on that date); rejected: IF-026 with R0 R and the code to the supplier only.
 */
@Component
class SupplierDataHandler implements InboundHandler {

    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final RegisterWriter writer;
    private final ReferenceData reference;
    private final RegistrationProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SupplierDataHandler(MpanBlocks blocks, Outbound outbound, RegisterWriter writer, ReferenceData reference,
                        RegistrationProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.blocks = blocks;
        this.outbound = outbound;
        this.writer = writer;
        this.reference = reference;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-025");
    }

    @Override
    public void handle(Incoming message) {
        SupplierDataItem item = SupplierDataItem.of(message.event())
                .orElseThrow(() -> new Rejected("REG1157", "IF-025 has no event " + message.eventCode()));
        JsonNode block = message.custom().path(item.block());
        LocalDate from = item.effectiveFrom(block);
        MpanRegistration reg = blocks.registration(message.mpanCore(), from);
        Parties.Supplier supplier = reg.parties().supplier();
        if (supplier == null || !supplier.dipId().equals(message.senderDipId())) {
            throw new Rejected("REG1021", "the registered supplier on " + from + " is "
                    + (supplier == null ? "none" : supplier.dipId() + " (" + supplier.mpid() + ")") + ", not "
                    + message.senderDipId());
        }
        Map<String, Object> columns = item.check(block, reg, new SupplierDataItem.Context(RegDates.today(clock),
                properties.processes().segments(), latestHeld(item, reg.mpanCore())));
        writer.record(item.table(), reg.mpanCore(), from, columns);
        outbound.send("IF-026", message.eventCode(), recipients(reg), blocks.m0(reg), new R0("A", List.of()),
                (ObjectNode) message.custom().deepCopy());
    }

    @Override
    public void rejected(Incoming message, Rejected rejection) {
        if (SupplierDataItem.of(message.event()).isEmpty() || message.senderDipId() == null) {
            return; // no IF-026 variant to answer with
        }
        outbound.send("IF-026", message.eventCode(), List.of(message.senderDipId()),
                message.m0AsSent(),
                new R0("R", rejection.responseMessages()), (ObjectNode) message.custom().deepCopy());
    }

    /** Supplier, DS, LSS, LDSO, MS on the effective date (DES138 IF-026 recipients; EES/MDR not held). */
    private List<String> recipients(MpanRegistration reg) {
        Parties parties = reg.parties();
        List<String> to = new ArrayList<>();
        to.add(parties.supplier().dipId());
        to.add(parties.dataService() == null ? null : parties.dataService().dipId());
        to.add(reference.lssDipId());
        to.add(blocks.ldsoDipId(reg));
        to.add(parties.meteringService() == null ? null : parties.meteringService().dipId());
        return to;
    }

    /** The latest effective-from date held for the item (whatever the date), for "later than existing". */
    private LocalDate latestHeld(SupplierDataItem item, String mpanCore) {
        // the table name is the item's constant, never input
        return jdbc.queryForObject("select max(effective_from) from " + item.table() + " where mpan_core = ?",
                LocalDate.class, Long.parseLong(mpanCore));
    }
}
