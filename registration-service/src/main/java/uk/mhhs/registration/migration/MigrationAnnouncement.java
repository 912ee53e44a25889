package uk.mhhs.registration.migration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.process.appointment.AppointmentRequest;
import uk.mhhs.registration.process.appointment.Appointments;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;

import java.time.LocalDate;
import java.util.List;

import static uk.mhhs.registration.process.MpanBlocks.putIfPresent;

/**
 * Tells the market about the MPANs a migration run registered, as REGS tells it about a new registration: per MPAN
 * IF-001 {@code [InitialRegistration]} (to the supplier, the MDS and the LDSO, as at the supplier's effective date;
 * B013 {@code MIG-<run>-<MPAN>}, as migration has no CSS registration) and, when a Data Service is appointed,
 * IF-036 {@code [DSAppActive]} (to supplier, DS, MS, LDSO and MDS, as at the appointment's date, its scenario e.g.
 * MCA). Without it the MDS and the data service never learn of a migrated MPAN: the import itself sends nothing.
 * {@code chunk} MPANs per transaction, each recorded in {@code migration_announcement} with its messages, so a
 * second call (or one after a crash) sends only what was not sent.
 */
@Service
public class MigrationAnnouncement {

    /** What one call sent. */
    public record Report(long migrationId, long announced, long initialRegistrations, long dataServiceAppointments) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MpanBlocks blocks;
    private final Outbound outbound;
    private final Appointments appointments;
    private final ReferenceData reference;

    public MigrationAnnouncement(JdbcTemplate jdbc, PlatformTransactionManager transactions, MpanBlocks blocks,
                                 Outbound outbound, Appointments appointments, ReferenceData reference) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.blocks = blocks;
        this.outbound = outbound;
        this.appointments = appointments;
        this.reference = reference;
    }

    /** Announces every MPAN of run {@code migrationId} not announced yet, {@code chunk} per transaction. */
    public Report announce(long migrationId, int chunk) {
        long announced = 0;
        long if001 = 0;
        long if036 = 0;
        while (true) {
            long[] sent = transactions.execute(status -> announceChunk(migrationId, chunk));
            if (sent[0] == 0) {
                return new Report(migrationId, announced, if001, if036);
            }
            announced += sent[0];
            if001 += sent[1];
            if036 += sent[2];
        }
    }

    private long[] announceChunk(long migrationId, int chunk) {
        List<Long> mpans = jdbc.queryForList("""
                select m.mpan_core from mpan m where m.migration_id = ?
                   and not exists (select 1 from migration_announcement a where a.mpan_core = m.mpan_core)
                 order by m.mpan_core limit ? for update of m skip locked""", Long.class, migrationId, chunk);
        long if001 = 0;
        long if036 = 0;
        for (Long mpan : mpans) {
            String core = Long.toString(mpan);
            LocalDate supplierFrom = jdbc.queryForObject("select min(effective_from) from supplier_registration"
                    + " where mpan_core = ?", LocalDate.class, mpan);
            MpanRegistration reg = blocks.registration(core, supplierFrom);
            initialRegistration(reg, "MIG-" + migrationId + "-" + core);
            if001++;
            LocalDate dsFrom = jdbc.query("select min(effective_from) from appointment where mpan_core = ?"
                    + " and service = 'DS' and dip_id is not null", (rs, n) -> rs.getObject(1, LocalDate.class), mpan)
                    .stream().filter(d -> d != null).findFirst().orElse(null);
            if (dsFrom != null && dataServiceActive(core, dsFrom)) {
                if036++;
            }
            jdbc.update("insert into migration_announcement (mpan_core, migration_id) values (?, ?)", mpan, migrationId);
        }
        return new long[] {mpans.size(), if001, if036};
    }

    private void initialRegistration(MpanRegistration reg, String registrationId) {
        Parties.Supplier supplier = reg.parties().supplier();
        M0 m0 = blocks.m0(reg);
        ObjectNode custom = MpanBlocks.object();
        custom.set("B013", MpanBlocks.b013(registrationId));
        custom.set("B002", MpanBlocks.b002(supplier.dipId(), supplier.mpid(), supplier.effectiveFrom()));
        custom.set("B004", MpanBlocks.b028(reg));
        blocks.siteBlocks(custom, reg, true, true);
        putIfPresent(custom, "B035List", blocks.b035List(reg));
        putIfPresent(custom, "B037List", MpanBlocks.b037List(reg));
        outbound.send("IF-001", "[InitialRegistration]",
                List.of(supplier.dipId(), reference.mdsDipId(), m0.distributorDIPID()), m0, null, custom);
    }

    private boolean dataServiceActive(String mpanCore, LocalDate from) {
        MpanRegistration reg = blocks.registration(mpanCore, from);
        Parties.Appointment ds = reg.parties().dataService();
        Parties.Supplier supplier = reg.parties().supplier();
        if (ds == null || supplier == null) {
            return false; // the DS or supplier starts later than the appointment: nothing to announce as at that date
        }
        AppointmentRequest request = new AppointmentRequest(0, mpanCore, "DS", ds.scenario(), null, supplier.dipId(),
                supplier.mpid(), ds.dipId(), ds.mpid(), from, ds.contractReference(), ds.readFrequency(), null, null,
                null, "ACTIVE");
        appointments.announce(new Appointments.Activation(request, from, null), null, null);
        return true;
    }
}
