package uk.mhhs.registration.process.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.dipclient.schedule.DailyJob;
import uk.mhhs.registration.RegistrationProperties;
import uk.mhhs.registration.process.MpanBlocks;
import uk.mhhs.registration.reference.ReferenceData;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IF-045 registration reminders, once a day: every MPAN with a registered supplier today whose data is inconsistent
 * gets {@code [NoMSAppointed]}, {@code [NoDSAppointed]}, {@code [InvalidMarketSegment]} (the appointed MS or DS
 * does not hold the DIP role the MPAN's segment needs) or {@code [ConsentGranularityInvalid]} (the consent held is
 * not allowed in the segment), with B060 saying what is wrong, to the supplier and the MS and DS where appointed.
 * An MPAN is reminded when first found inconsistent and then every {@code remindEveryDays} days while it stays so
 * (reconstruction: DES138 publishes no frequency); see {@code registration_reminder} (V5).
 *
 * <p>Set-based, for a million MPANs: one statement takes today's state of every MPAN (lateral backward probes
 * of the primary keys) into a temporary table, the few distinct (segment, provider) pairs are checked against ISD
 * in Java, one statement derives the inconsistencies, one forgets those resolved and one finds those due; only
 * the MPANs due are read into Java to be sent.
 */
@Component
class ReminderSweep implements DailyJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSweep.class);

    private final JdbcTemplate jdbc;
    private final ReminderFacts facts;
    private final Outbound outbound;
    private final ReferenceData reference;
    private final RegistrationProperties.Segments segments;
    private final boolean enabled;
    private final int remindEveryDays;

    ReminderSweep(JdbcTemplate jdbc, ReminderFacts facts, Outbound outbound, ReferenceData reference,
                  RegistrationProperties properties) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.outbound = outbound;
        this.reference = reference;
        this.segments = properties.processes().segments();
        this.enabled = properties.reminders().enabled();
        this.remindEveryDays = properties.reminders().remindEveryDays();
    }

    @Override
    public String name() {
        return "IF-045-reminders";
    }

    @Override
    public String run(LocalDate today) {
        return enabled ? remind(today) : "disabled";
    }

    /** Sends the reminders due on {@code today} (in the caller's transaction, or one of its own). */
    @Transactional
    public String remind(LocalDate today) {
        facts.takeState(today);
        Set<String> badMs = unsuitable(facts.pairs("ms_dip_id"), true, today);
        Set<String> badDs = unsuitable(facts.pairs("ds_dip_id"), false, today);
        facts.deriveIssues(badMs, badDs, segments);
        int resolved = facts.forgetResolved();
        List<ReminderFacts.Due> due = facts.due(today, remindEveryDays);
        List<Long> sentMpans = new ArrayList<>();
        List<String> sentReminders = new ArrayList<>();
        int skipped = 0;
        for (ReminderFacts.Due d : due) {
            try {
                send(d, today, badMs, badDs);
                sentMpans.add(d.mpanCore());
                sentReminders.add(d.reminder());
            } catch (Rejected e) { // e.g. ISD holds no LDSO for the distributor: cannot address it, try tomorrow
                skipped++;
                LOG.warn("IF-045 [{}] for {} not sent: {} {}", d.reminder(), d.mpanCore(), e.code(), e.reason());
            }
        }
        jdbc.update("""
                        insert into registration_reminder (mpan_core, reminder, first_sent_on, last_sent_on)
                        select m, r, ?, ? from unnest(?::bigint[], ?::text[]) as sent(m, r)
                        on conflict (mpan_core, reminder) do update set last_sent_on = excluded.last_sent_on""",
                Date.valueOf(today), Date.valueOf(today), sentMpans.toArray(Long[]::new),
                sentReminders.toArray(String[]::new));
        return sentMpans.size() + " reminders, " + skipped + " not addressable, " + resolved + " resolved";
    }

    /** The {@code segment|dipId} pairs whose provider does not hold the role the segment needs. */
    private Set<String> unsuitable(List<String[]> pairs, boolean meteringService, LocalDate today) {
        Set<String> bad = new HashSet<>();
        for (String[] pair : pairs) {
            String role = meteringService ? segments.msRole(pair[0]) : segments.dsRole(pair[0]);
            if (role != null && !reference.holds(pair[1], null, role, today)) {
                bad.add(pair[0] + "|" + pair[1]);
            }
        }
        return bad;
    }

    private void send(ReminderFacts.Due d, LocalDate today, Set<String> badMs, Set<String> badDs) {
        String ldso = reference.ldsoDipId(d.distributorId(), today).orElseThrow(() -> new Rejected("REG1079",
                "ISD holds no LDSO DIP ID for distributor " + d.distributorId()));
        if (d.gspGroupId() == null) {
            throw new Rejected("REG9011", "no GSP group held");
        }
        ObjectNode custom = MpanBlocks.object();
        custom.putObject("B060").put("additionalInformation", ReminderText.of(d, today, badMs, badDs, segments));
        outbound.send("IF-045", "[" + d.reminder() + "]", java.util.Arrays.asList(d.supplierDipId(), d.msDipId(),
                d.dsDipId()), new M0(String.valueOf(d.mpanCore()), ldso, d.gspGroupId()), null, custom);
    }
}
