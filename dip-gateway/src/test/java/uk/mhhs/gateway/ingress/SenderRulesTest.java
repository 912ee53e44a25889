package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.gateway.participants.Participant;
import uk.mhhs.gateway.routing.InMemoryParticipants;

class SenderRulesTest {

    private static final InterfaceDefinition IF021 = InterfaceCatalogue.standard().find("IF-021").orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    private final InMemoryParticipants registry = new InMemoryParticipants()
            .with("1100000001", "SDS").with("1400000001", "SUP").with("1100000002", "SDS")
            .with("7700000001", Set.of("1100000002"), "SDS").with("9900000003", "SDS");
    /** The suite's data service (registered) and a suite ID nobody registered. */
    private final SenderRules rules = new SenderRules(registry, Set.of("9900000003", "9900000099"));

    @Test
    void accepts_a_registered_sender_in_a_role_it_holds_that_sends_the_interface() {
        assertThat(check(facts("1100000001", "SDS", null), "1100000001")).isEmpty();
    }

    @Test
    void rejects_an_unregistered_sender_with_MSG1009() {
        assertThat(codes(check(facts("9900000099", "SDS", null), null))).containsExactly("MSG1009");
    }

    @Test
    void accepts_a_dip_submissions_message_from_one_of_the_suite_services() {
        assertThat(check(facts("9900000003", "SDS", null), null)).isEmpty();
    }

    @Test
    void refuses_a_dip_submissions_message_naming_a_registered_market_participant_with_MSG1009() {
        // given 1100000001, a registered SDS, but not one of the suite's services; when it is named as sender of
        // a dip.submissions message (no API key: connectedAs null); then MSG1009, and nothing else is checked
        List<Violation> violations = check(facts("1100000001", "SDS", null), null);

        assertThat(codes(violations)).containsExactly("MSG1009");
        assertThat(violations.get(0).jsonPath()).isEqualTo("$.payload.CommonBlock.S1.senderDIPID");
        assertThat(violations.get(0).reason()).isEqualTo("Expected the DIP ID of one of the suite's own services, "
                + "the only senders dip.submissions takes, but found 1100000001.");
    }

    @Test
    void rejects_a_role_the_catalogue_does_not_list_as_sender_with_MSG1010() {
        List<Violation> violations = check(facts("1400000001", "SUP", null), "1400000001");
        assertThat(codes(violations)).containsExactly("MSG1010");
        assertThat(violations.get(0).reason()).contains("(SDS, ADS, UMSDS)");
    }

    @Test
    void takes_a_report_from_the_role_configured_for_it_because_the_catalogue_names_no_sender_of_reports() {
        // given REP-003, whose catalogue entry lists no sender roles (DES138 has no reports), configured as sent by
        // VAS; when the suite's VAS sends it, then it passes; when a supplier sends it, MSG1010 naming VAS
        InterfaceDefinition rep003 = InterfaceCatalogue.standard().find("REP-003").orElseThrow();
        assertThat(rep003.senderRoles()).isEmpty();
        registry.with("9900000006", "VAS");
        SenderRules reports = new SenderRules(registry, Set.of("9900000006"), Map.of("REP-003", Set.of("VAS")));

        assertThat(reports.check(rep003, facts("9900000006", "VAS", null), null, TODAY)).isEmpty();
        List<Violation> bySupplier = reports.check(rep003, facts("1400000001", "SUP", null),
                registry.findByDipId("1400000001").orElseThrow(), TODAY);
        assertThat(codes(bySupplier)).containsExactly("MSG1010");
        assertThat(bySupplier.get(0).reason()).contains("(VAS)");
        // without the setting (as before) the suite's own report is refused
        assertThat(codes(rules.check(rep003, facts("9900000003", "SDS", null), null, TODAY)))
                .containsExactly("MSG1010");
    }

    @Test
    void rejects_a_role_the_sender_does_not_hold_with_MSG1010() {
        assertThat(codes(check(facts("1100000001", "ADS", null), "1100000001"))).containsExactly("MSG1010");
    }

    @Test
    void rejects_a_message_for_someone_else_that_does_not_name_the_connection_provider_with_MSG1011() {
        assertThat(codes(check(facts("1100000002", "SDS", null), "7700000001"))).containsExactly("MSG1011");
    }

    @Test
    void accepts_a_registered_connection_provider_naming_itself() {
        assertThat(check(facts("1100000002", "SDS", "7700000001"), "7700000001")).isEmpty();
    }

    @Test
    void rejects_a_connection_provider_not_registered_for_the_sender_with_MSG1011() {
        assertThat(codes(check(facts("1100000001", "SDS", "7700000001"), "7700000001"))).containsExactly("MSG1011");
    }

    @Test
    void rejects_a_connection_provider_other_than_the_API_key_owner_with_MSG1011() {
        assertThat(codes(check(facts("1100000001", "SDS", "7700000001"), "1100000001"))).containsExactly("MSG1011");
    }

    private List<Violation> check(MessageFacts facts, String connectedAs) {
        Participant caller = connectedAs == null ? null : registry.findByDipId(connectedAs).orElseThrow();
        return rules.check(IF021, facts, caller, TODAY);
    }

    private static MessageFacts facts(String sender, String role, String provider) {
        return new MessageFacts("IF-021", "[ActivePower]", "S-IF-021-" + sender + "-" + role + "-20261102-1", sender,
                role, null, provider, "2000056535971", "2300000001", List.of());
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().code()).toList();
    }
}
