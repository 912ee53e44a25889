package uk.mhhs.registration.process.supplierdata;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.registration.process.ProcessTestBase;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IF-025 → IF-026. The MPANs are {@link #givenSmartMpan}'s: smart segment, consent H from 2024-03-01, supplier
 * ALPH (1400000001) from 2024-04-01, MS MTRA (1200000001), DS METD (1100000001), LDSO 2300000004, GSP group _C.
 * Today is 2026-12-01. Accepted: IF-026 to ALPH, METD, LSS 9900000004, LDSO 2300000004 and MTRA.
 */
class SupplierDataTest extends ProcessTestBase {

    private static final Set<String> FIVE = Set.of(ALPH, METD, LSS, LDSO, MTRA);

    @Test
    void accepts_consent_granularity_change_from_the_current_supplier_and_tells_five_parties() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String tx = receive("IF-025", "[ConsentGranularity]", ALPH, "SUP", mpan,
                consent("D", "2026-12-10T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[ConsentGranularity]");
        assertCommon(sent, mpan, FIVE);
        assertThat(sent.at("/CommonBlock/R0/responseCode").asString()).isEqualTo("A");
        assertThat(sent.at("/CommonBlock/R0/responseMessages")).isEmpty();
        JsonNode b068 = sent.at("/CustomBlock/B068");
        assertThat(b068.path("consentGranularity").asString()).isEqualTo("D");
        assertThat(b068.path("consentGranularityEffectiveFromDate").asString()).isEqualTo("2026-12-10T00:00:00+00:00");
        assertThat(sent.path("CustomBlock").has("B013")).isFalse();
        assertThat(history(mpan, "consent_granularity_history", "consent_granularity"))
                .containsExactly("2024-03-01 H", "2026-12-10 D");
    }

    @Test
    void rejects_consent_granularity_from_a_supplier_that_is_not_registered_REG1021() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        long mark = logMark();
        String tx = receive("IF-025", "[ConsentGranularity]", BRVO, "SUP", mpan,
                consent("D", "2026-12-10T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1021")));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[ConsentGranularity]");
        assertCommon(sent, mpan, Set.of(BRVO));
        assertRejected(sent, "REG1021 - Requesting Supplier is not the Current Supplier");
        assertThat(sent.at("/CustomBlock/B068/consentGranularity").asString()).isEqualTo("D");
        assertThat(sent.at("/CustomBlock/B068/consentGranularityEffectiveFromDate").asString())
                .isEqualTo("2026-12-10T00:00:00+00:00");
        assertThat(sentLog(mpan, mark)).containsExactly("IF-026 [ConsentGranularity]");
        assertThat(history(mpan, "consent_granularity_history", "consent_granularity"))
                .containsExactly("2024-03-01 H");
    }

    @Test
    void rejects_consent_granularity_the_advanced_segment_does_not_allow_REG1035() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        jdbc.update("insert into market_segment_history values (?, date '2026-06-01', 'A')", Long.parseLong(mpan));
        String tx = receive("IF-025", "[ConsentGranularity]", ALPH, "SUP", mpan,
                consent("D", "2026-12-10T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1035")));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[ConsentGranularity]");
        assertCommon(sent, mpan, Set.of(ALPH));
        assertRejected(sent, "REG1035 - Proposed Consent Value is incompatible with MPAN Market Segment");
        assertThat(history(mpan, "consent_granularity_history", "consent_granularity"))
                .containsExactly("2024-03-01 H");
    }

    @Test
    void rejects_a_retrospective_consent_granularity_REG1024() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String tx = receive("IF-025", "[ConsentGranularity]", ALPH, "SUP", mpan,
                consent("M", "2026-11-30T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1024")));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[ConsentGranularity]");
        assertCommon(sent, mpan, Set.of(ALPH));
        assertRejected(sent, "REG1024 - Effective Date Cannot be Retrospective");
        assertThat(history(mpan, "consent_granularity_history", "consent_granularity"))
                .containsExactly("2024-03-01 H");
    }

    @Test
    void accepts_ihd_install_status_back_dated_within_the_suppliers_registration() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        ObjectNode b030 = custom.putObject("B030");
        b030.put("IHDInstallStatus", "I");
        b030.put("IHDEffectiveFromDate", "2026-11-20T00:00:00+00:00");
        String tx = receive("IF-025", "[IHDInfo]", ALPH, "SUP", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[IHDInfo]");
        assertCommon(sent, mpan, FIVE);
        assertThat(sent.at("/CommonBlock/R0/responseCode").asString()).isEqualTo("A");
        assertThat(sent.at("/CommonBlock/R0/responseMessages")).isEmpty();
        assertThat(sent.at("/CustomBlock/B030/IHDInstallStatus").asString()).isEqualTo("I");
        assertThat(sent.at("/CustomBlock/B030/IHDEffectiveFromDate").asString()).isEqualTo("2026-11-20T00:00:00+00:00");
        assertThat(history(mpan, "ihd_history", "ihd_install_status")).containsExactly("2026-11-20 I");
    }

    @Test
    void accepts_an_smso_and_echoes_the_css_registration_id() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.putObject("B013").put("CSSRegistrationID", "CSS-REG-42");
        ObjectNode b031 = custom.putObject("B031");
        b031.put("SMSOID", "SMSA");
        b031.put("SMSOEffectiveFromDate", "2026-12-05T00:00:00+00:00");
        String tx = receive("IF-025", "[SMSO]", ALPH, "SUP", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[SMSO]");
        assertCommon(sent, mpan, FIVE);
        assertThat(sent.at("/CommonBlock/R0/responseCode").asString()).isEqualTo("A");
        assertThat(sent.at("/CustomBlock/B013/CSSRegistrationID").asString()).isEqualTo("CSS-REG-42");
        assertThat(sent.at("/CustomBlock/B031/SMSOID").asString()).isEqualTo("SMSA");
        assertThat(sent.at("/CustomBlock/B031/SMSOEffectiveFromDate").asString()).isEqualTo("2026-12-05T00:00:00+00:00");
        assertThat(history(mpan, "smso_history", "smso_mpid")).containsExactly("2026-12-05 SMSA");
    }

    @Test
    void rejects_an_smso_id_that_is_not_an_mpid_REG1023() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        ObjectNode b031 = custom.putObject("B031");
        b031.put("SMSOID", "sm1");
        b031.put("SMSOEffectiveFromDate", "2026-12-05T00:00:00+00:00");
        String tx = receive("IF-025", "[SMSO]", ALPH, "SUP", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG1023")));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[SMSO]");
        assertCommon(sent, mpan, Set.of(ALPH));
        assertRejected(sent, "REG1023 - SMSO ID is Invalid");
        assertThat(sent.at("/CustomBlock/B031/SMSOID").asString()).isEqualTo("sm1");
        assertThat(history(mpan, "smso_history", "smso_mpid")).isEmpty();
    }

    @Test
    void accepts_ssc_and_profile_class_then_rejects_an_earlier_date_REG1041() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        String tx = receive("IF-025", "[SSCandProfileClass]", ALPH, "SUP", mpan,
                profile("01", "0393", "2026-12-01T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode sent = only(awaitSubmitted(mpan, 1), "IF-026", "[SSCandProfileClass]");
        assertCommon(sent, mpan, FIVE);
        assertThat(sent.at("/CommonBlock/R0/responseCode").asString()).isEqualTo("A");
        JsonNode b032 = sent.at("/CustomBlock/B032");
        assertThat(b032.path("profileClass").asString()).isEqualTo("01");
        assertThat(b032.path("profileClassEffectiveFromDate").asString()).isEqualTo("2026-12-01T00:00:00+00:00");
        assertThat(b032.path("SSC").asString()).isEqualTo("0393");
        assertThat(b032.path("SSCEffectiveFromDate").asString()).isEqualTo("2026-12-01T00:00:00+00:00");
        assertThat(history(mpan, "profile_history", "profile_class || '/' || ssc")).containsExactly("2026-12-01 1/0393");

        String earlier = receive("IF-025", "[SSCandProfileClass]", ALPH, "SUP", mpan,
                profile("02", "0394", "2026-11-15T00:00:00+00:00"));
        assertThat(awaitProcessed(earlier)).isEqualTo(new Outcome("REJECTED", List.of("REG1041")));
        JsonNode rejected = only(awaitSubmitted(mpan, 2).subList(1, 2), "IF-026", "[SSCandProfileClass]");
        assertCommon(rejected, mpan, Set.of(ALPH));
        assertRejected(rejected, "REG1041 - Profile Class Effective From Date must be latter than existing");
        assertThat(rejected.at("/CustomBlock/B032/profileClass").asString()).isEqualTo("02");
        assertThat(history(mpan, "profile_history", "profile_class || '/' || ssc")).containsExactly("2026-12-01 1/0393");
    }

    private static ObjectNode consent(String value, String from) {
        ObjectNode custom = object();
        ObjectNode b068 = custom.putObject("B068");
        b068.put("consentGranularity", value);
        b068.put("consentGranularityEffectiveFromDate", from);
        return custom;
    }

    private static ObjectNode profile(String profileClass, String ssc, String from) {
        ObjectNode custom = object();
        ObjectNode b032 = custom.putObject("B032");
        b032.put("profileClass", profileClass);
        b032.put("profileClassEffectiveFromDate", from);
        b032.put("SSC", ssc);
        b032.put("SSCEffectiveFromDate", from);
        return custom;
    }

    /** S0, S1 sender, A0 and M0 of an IF-026 about one of our MPANs. */
    private static void assertCommon(JsonNode sent, String mpan, Set<String> to) {
        JsonNode common = sent.path("CommonBlock");
        assertThat(common.at("/S0/interfaceID").asString()).isEqualTo("IF-026");
        assertThat(common.at("/S1/senderDIPID").asString()).isEqualTo(REGS);
        assertThat(common.at("/S1/senderRoleID").asString()).isEqualTo("REGS");
        assertThat(recipients(sent)).isEqualTo(to);
        assertThat(common.at("/A0/secondaryRecipients")).isEmpty();
        assertThat(common.at("/M0/MPANCore").asString()).isEqualTo(mpan);
        assertThat(common.at("/M0/distributorDIPID").asString()).isEqualTo(LDSO);
        assertThat(common.at("/M0/GSPGroupID").asString()).isEqualTo("_C");
    }

    private static void assertRejected(JsonNode sent, String message) {
        assertThat(sent.at("/CommonBlock/R0/responseCode").asString()).isEqualTo("R");
        assertThat(sent.at("/CommonBlock/R0/responseMessages").size()).isEqualTo(1);
        assertThat(sent.at("/CommonBlock/R0/responseMessages/0").asString()).isEqualTo(message);
    }

    /** Every row of {@code table} for the MPAN as "yyyy-MM-dd value", oldest first. */
    private List<String> history(String mpan, String table, String value) {
        return jdbc.queryForList("select effective_from || ' ' || coalesce((" + value + ")::text, 'null') from "
                + table + " where mpan_core = ? order by effective_from", String.class, Long.parseLong(mpan));
    }
}
