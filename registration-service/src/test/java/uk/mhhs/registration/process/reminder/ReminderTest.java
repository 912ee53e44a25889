package uk.mhhs.registration.process.reminder;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.mhhs.registration.process.ProcessTestBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IF-045 reminders. {@link #givenSmartMpan} is consistent: smart segment, MS MTRA (MSS), DS METD (SDS), consent H.
 * The sweep runs over the whole (shared) register; each test looks at its own MPANs. Reminded again every 7 days.
 */
class ReminderTest extends ProcessTestBase {

    @Autowired
    ReminderSweep sweep;

    @Test
    void reminds_an_mpan_without_a_data_service_once_a_week_until_one_is_appointed_and_leaves_a_consistent_one_alone() {
        String noDs = newMpan();
        givenSmartMpan(noDs);
        jdbc.update("delete from appointment where mpan_core = ? and service = 'DS'", Long.parseLong(noDs));
        String consistent = newMpan();
        givenSmartMpan(consistent);
        long mark = logMark();

        sweep.remind(TODAY);

        JsonNode sent = only(awaitSubmitted(noDs, 1), "IF-045", "[NoDSAppointed]");
        assertCommon(sent, noDs, Set.of(ALPH, MTRA));
        assertThat(sent.at("/CustomBlock/B060/additionalInformation").asString())
                .isEqualTo("No Data Service is appointed on 2026-12-01");
        assertThat(sentLog(noDs, mark)).containsExactly("IF-045 [NoDSAppointed]");
        assertThat(sentLog(consistent, mark)).isEmpty();
        assertThat(reminders(noDs)).containsExactly("NoDSAppointed 2026-12-01 2026-12-01");
        assertThat(reminders(consistent)).isEmpty();

        long again = logMark();
        sweep.remind(TODAY);
        sweep.remind(LocalDate.of(2026, 12, 7));
        assertThat(sentLog(noDs, again)).isEmpty();

        sweep.remind(LocalDate.of(2026, 12, 8));
        List<JsonNode> both = awaitSubmitted(noDs, 2);
        assertThat(both).hasSize(2);
        JsonNode week = only(both.subList(1, 2), "IF-045", "[NoDSAppointed]");
        assertCommon(week, noDs, Set.of(ALPH, MTRA));
        assertThat(week.at("/CustomBlock/B060/additionalInformation").asString())
                .isEqualTo("No Data Service is appointed on 2026-12-08");
        assertThat(sentLog(noDs, again)).containsExactly("IF-045 [NoDSAppointed]");
        assertThat(reminders(noDs)).containsExactly("NoDSAppointed 2026-12-01 2026-12-08");

        jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                + " values (?, 'DS', date '2026-12-09', ?, 'DATB', 'CSP')", Long.parseLong(noDs), DATB);
        long resolved = logMark();
        sweep.remind(LocalDate.of(2026, 12, 15));
        assertThat(sentLog(noDs, resolved)).isEmpty();
        assertThat(reminders(noDs)).isEmpty();
    }

    @Test
    void reminds_an_advanced_mpan_served_by_smart_providers_and_one_with_consent_its_segment_does_not_allow() {
        String smartProviders = newMpan();
        givenSmartMpan(smartProviders);
        jdbc.update("insert into market_segment_history values (?, date '2026-11-01', 'A')",
                Long.parseLong(smartProviders));
        jdbc.update("update consent_granularity_history set consent_granularity = 'H' where mpan_core = ?",
                Long.parseLong(smartProviders));
        String dailyConsent = newMpan();
        givenSmartMpan(dailyConsent);
        long key = Long.parseLong(dailyConsent);
        jdbc.update("insert into market_segment_history values (?, date '2026-11-01', 'A')", key);
        jdbc.update("insert into consent_granularity_history values (?, date '2026-11-01', 'D')", key);
        jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                + " values (?, 'MS', date '2026-11-01', ?, 'MTRC', 'SEG')", key, MTRC);
        jdbc.update("insert into appointment (mpan_core, service, effective_from, dip_id, mpid, scenario)"
                + " values (?, 'DS', date '2026-11-01', ?, 'ADVD', 'SEG')", key, ADVD);
        long mark = logMark();

        sweep.remind(TODAY);

        JsonNode segment = only(awaitSubmitted(smartProviders, 1), "IF-045", "[InvalidMarketSegment]");
        assertCommon(segment, smartProviders, Set.of(ALPH, MTRA, METD));
        assertThat(segment.at("/CustomBlock/B060/additionalInformation").asString()).isEqualTo(
                "Market segment A: Metering Service 1200000001 does not hold role MSA; "
                        + "Data Service 1100000001 does not hold role ADS");
        assertThat(sentLog(smartProviders, mark)).containsExactly("IF-045 [InvalidMarketSegment]");

        JsonNode consent = only(awaitSubmitted(dailyConsent, 1), "IF-045", "[ConsentGranularityInvalid]");
        assertCommon(consent, dailyConsent, Set.of(ALPH, MTRC, ADVD));
        assertThat(consent.at("/CustomBlock/B060/additionalInformation").asString())
                .isEqualTo("Consent granularity D is not allowed in market segment A");
        assertThat(sentLog(dailyConsent, mark)).containsExactly("IF-045 [ConsentGranularityInvalid]");
    }

    private static void assertCommon(JsonNode sent, String mpan, Set<String> to) {
        JsonNode common = sent.path("CommonBlock");
        assertThat(common.at("/S0/interfaceID").asString()).isEqualTo("IF-045");
        assertThat(common.at("/S1/senderDIPID").asString()).isEqualTo(REGS);
        assertThat(common.at("/S1/senderRoleID").asString()).isEqualTo("REGS");
        assertThat(recipients(sent)).isEqualTo(to);
        assertThat(common.at("/A0/secondaryRecipients")).isEmpty();
        assertThat(common.at("/M0/MPANCore").asString()).isEqualTo(mpan);
        assertThat(common.at("/M0/distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(common.at("/M0/GSPGroupID").asString()).isEqualTo("_C");
        assertThat(common.has("R0")).isFalse();
        assertThat(sent.path("CustomBlock").size()).isEqualTo(1);
    }

    private List<String> reminders(String mpan) {
        return jdbc.queryForList("select reminder || ' ' || first_sent_on || ' ' || last_sent_on"
                + " from registration_reminder where mpan_core = ? order by reminder", String.class, Long.parseLong(mpan));
    }
}
