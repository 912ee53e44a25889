package uk.mhhs.registration.process.reminder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.mhhs.registration.RegistrationProperties;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The set-based SQL of the reminder sweep, over two temporary tables that live until the sweep's transaction ends:
 * {@code reminder_state} (today's state of every MPAN that has a supplier today) and {@code reminder_issue} (one
 * row per MPAN and inconsistency).
 */
@Repository
class ReminderFacts {

    /** One reminder to send: the MPAN's inconsistency and what IF-045 needs about it. */
    record Due(long mpanCore, String reminder, int distributorId, String gspGroupId, String marketSegment,
               String consentGranularity, String supplierDipId, String msDipId, String dsDipId) {
    }

    private final JdbcTemplate jdbc;

    ReminderFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Today's segment, consent, GSP group, supplier, MS and DS of every MPAN with a supplier today. */
    void takeState(LocalDate today) {
        Date d = Date.valueOf(today);
        jdbc.execute("drop table if exists pg_temp.reminder_issue");
        jdbc.execute("drop table if exists pg_temp.reminder_state");
        // parameters are not allowed in CREATE TABLE AS: create, then fill
        jdbc.execute("""
                create temporary table reminder_state (
                    mpan_core bigint primary key, distributor_id smallint, gsp_group_id text, market_segment text,
                    consent_granularity text, supplier_dip_id text, ms_dip_id text, ds_dip_id text
                ) on commit drop""");
        jdbc.update("""
                insert into reminder_state
                select m.mpan_core, m.distributor_id, g.gsp_group_id, seg.market_segment, cg.consent_granularity,
                       s.supplier_dip_id, ms.dip_id as ms_dip_id, ds.dip_id as ds_dip_id
                  from mpan m
                  join lateral (select r.supplier_dip_id from supplier_registration r
                                 where r.mpan_core = m.mpan_core and r.effective_from <= ?
                                 order by r.effective_from desc limit 1) s on s.supplier_dip_id is not null
                  left join lateral (select x.gsp_group_id from gsp_group_history x
                                      where x.mpan_core = m.mpan_core and x.effective_from <= ?
                                      order by x.effective_from desc limit 1) g on true
                  left join lateral (select x.market_segment from market_segment_history x
                                      where x.mpan_core = m.mpan_core and x.effective_from <= ?
                                      order by x.effective_from desc limit 1) seg on true
                  left join lateral (select x.consent_granularity from consent_granularity_history x
                                      where x.mpan_core = m.mpan_core and x.effective_from <= ?
                                      order by x.effective_from desc limit 1) cg on true
                  left join lateral (select a.dip_id from appointment a
                                      where a.mpan_core = m.mpan_core and a.service = 'MS' and a.effective_from <= ?
                                      order by a.effective_from desc limit 1) ms on true
                  left join lateral (select a.dip_id from appointment a
                                      where a.mpan_core = m.mpan_core and a.service = 'DS' and a.effective_from <= ?
                                      order by a.effective_from desc limit 1) ds on true
                 where m.created_from <= ?""", d, d, d, d, d, d, d);
        jdbc.execute("analyze reminder_state");
    }

    /** The distinct (segment, provider) pairs of {@code column} ({@code ms_dip_id} / {@code ds_dip_id}). */
    List<String[]> pairs(String column) {
        String sql = switch (column) {
            case "ms_dip_id" -> "select distinct market_segment, ms_dip_id from reminder_state"
                    + " where market_segment is not null and ms_dip_id is not null";
            case "ds_dip_id" -> "select distinct market_segment, ds_dip_id from reminder_state"
                    + " where market_segment is not null and ds_dip_id is not null";
            default -> throw new IllegalArgumentException(column);
        };
        return jdbc.query(sql, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
    }

    /**
     * One row per MPAN and inconsistency: no MS, no DS, a provider of the wrong role for the segment
     * ({@code badMs}/{@code badDs}: {@code segment|dipId}), consent held that the segment does not allow.
     */
    void deriveIssues(Set<String> badMs, Set<String> badDs, RegistrationProperties.Segments segments) {
        List<String> segmentCodes = List.of("S", "A", "U");
        String[] allowed = segmentCodes.stream().map(s -> String.join("", "HDMN".chars()
                .mapToObj(c -> String.valueOf((char) c)).filter(c -> segments.consentAllowed(s, c)).toList()))
                .toArray(String[]::new);
        jdbc.execute("create temporary table reminder_issue (mpan_core bigint, reminder text) on commit drop");
        jdbc.update("""
                        insert into reminder_issue
                        select mpan_core, 'NoMSAppointed'::text as reminder from reminder_state where ms_dip_id is null
                        union all
                        select mpan_core, 'NoDSAppointed' from reminder_state where ds_dip_id is null
                        union all
                        select mpan_core, 'InvalidMarketSegment' from reminder_state
                         where market_segment || '|' || ms_dip_id = any (?) or market_segment || '|' || ds_dip_id = any (?)
                        union all
                        select s.mpan_core, 'ConsentGranularityInvalid' from reminder_state s
                         where s.consent_granularity is not null and s.market_segment is not null
                           and not exists (select 1 from unnest(?::text[], ?::text[]) as c(segment, allowed)
                                            where c.segment = s.market_segment
                                              and strpos(c.allowed, s.consent_granularity) > 0)""",
                badMs.toArray(String[]::new), badDs.toArray(String[]::new), segmentCodes.toArray(String[]::new),
                allowed);
    }

    /** Forgets the reminders of inconsistencies resolved since (a new one is then reminded at once). */
    int forgetResolved() {
        return jdbc.update("""
                delete from registration_reminder r
                 where not exists (select 1 from reminder_issue i where i.mpan_core = r.mpan_core
                                     and i.reminder = r.reminder)""");
    }

    /** The inconsistencies never reminded, or last reminded {@code everyDays} or more days ago. */
    List<Due> due(LocalDate today, int everyDays) {
        return jdbc.query("""
                        select i.mpan_core, i.reminder, s.distributor_id, s.gsp_group_id, s.market_segment,
                               s.consent_granularity, s.supplier_dip_id, s.ms_dip_id, s.ds_dip_id
                          from reminder_issue i
                          join reminder_state s on s.mpan_core = i.mpan_core
                          left join registration_reminder r on r.mpan_core = i.mpan_core and r.reminder = i.reminder
                         where r.mpan_core is null or r.last_sent_on <= ?
                         order by i.mpan_core, i.reminder""",
                (rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3), trim(rs.getString(4)),
                        trim(rs.getString(5)), trim(rs.getString(6)), trim(rs.getString(7)), trim(rs.getString(8)),
                        trim(rs.getString(9))),
                Date.valueOf(today.minusDays(everyDays)));
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
