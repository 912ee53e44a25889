package uk.mhhs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.dipclient.registration.PartyHistory;
import uk.mhhs.dipclient.registration.PartyHistory.Row;
import uk.mhhs.dipclient.registration.RegisteredParties;

/**
 * Which of the register's parties an interface goes to. MPAN 2000056535971: supplier 1400000001 (SUP) from
 * 2024-04-01 and 1400000002 (SUP) from 2026-11-01; MS 1200000001 (MSS) from 2024-04-01; DS 1100000001 (SDS) from
 * 2024-04-01, de-appointed from 2026-11-01. Distributor 2300000001 (LDSO). The date is today in the UK (the clock
 * is UTC). Catalogue: IF-021 goes to SUP, LDSO, MDS, LSS; IF-013 to SUP, LDSO, SDS, ADS, UMSDS; IF-003 to SUP, LDSO, MSS,
 * MSA, UMSO, SDS, ADS, UMSDS, MDS.
 */
class RegisteredSecondaryRecipientsTest {

    static final String MPAN = "2000056535971";
    static final InterfaceCatalogue CATALOGUE = InterfaceCatalogue.standard();

    final InMemoryParticipants participants = new InMemoryParticipants()
            .with("1400000001", "SUP").with("1400000002", "SUP").with("1200000001", "MSS")
            .with("1100000001", "SDS").with("1100000002", "ADS").with("2300000001", "LDSO");
    final PartyHistory history = new PartyHistory(MPAN,
            List.of(row("2024-04-01", "1400000001"), row("2026-11-01", "1400000002")),
            List.of(row("2024-04-01", "1200000001")),
            List.of(row("2024-04-01", "1100000001"), new Row(LocalDate.parse("2026-11-01"), null, null)));

    @Test
    void IF021_goes_to_the_supplier_of_today_and_the_distributor_not_to_the_MS() {
        assertThat(resolve("IF-021", "2026-11-02T12:00:00Z")).containsExactly("2300000001", "1400000002");
    }

    @Test
    void the_date_is_today_in_the_UK() {
        // 23:30 UTC on 31 October 2026 is 23:30 in London (BST ended on 25 October): still 31 October
        assertThat(resolve("IF-021", "2026-10-31T23:30:00Z")).containsExactly("2300000001", "1400000001");
        // 23:30 UTC on 31 May 2026 is 00:30 on 1 June in London (BST)
        PartyHistory june = new PartyHistory(MPAN, List.of(row("2024-04-01", "1400000001"),
                row("2026-06-01", "1400000002")), List.of(), List.of());
        assertThat(resolver(june, "2026-05-31T23:30:00Z").secondaryRecipients(request("IF-021")))
                .containsExactly("2300000001", "1400000002");
    }

    @Test
    void IF013_goes_to_the_data_service_while_it_is_appointed() {
        assertThat(resolve("IF-013", "2026-10-31T12:00:00Z")).containsExactly("2300000001", "1400000001",
                "1100000001");
        assertThat(resolve("IF-013", "2026-11-02T12:00:00Z")).containsExactly("2300000001", "1400000002");
    }

    @Test
    void IF003_goes_to_supplier_MS_and_DS() {
        assertThat(resolve("IF-003", "2026-10-31T12:00:00Z")).containsExactly("2300000001", "1400000001",
                "1200000001", "1100000001");
    }

    @Test
    void a_party_that_is_not_a_registered_participant_or_lacks_the_role_is_left_out() {
        PartyHistory strangers = new PartyHistory(MPAN, List.of(row("2024-04-01", "1499999999")),
                List.of(row("2024-04-01", "1400000001")),   // a supplier appointed as MS: holds no MS role
                List.of(row("2024-04-01", "1100000001")));
        assertThat(resolver(strangers, "2026-11-02T12:00:00Z").secondaryRecipients(request("IF-003")))
                .containsExactly("2300000001", "1100000001");
    }

    @Test
    void an_MPAN_the_register_does_not_hold_has_only_the_distributor() {
        RegisteredSecondaryRecipients resolver = new RegisteredSecondaryRecipients(RegisteredParties.of(List.of()),
                participants, true, clock("2026-11-02T12:00:00Z"));
        assertThat(resolver.secondaryRecipients(request("IF-013"))).containsExactly("2300000001");
    }

    private List<String> resolve(String interfaceId, String now) {
        return resolver(history, now).secondaryRecipients(request(interfaceId));
    }

    private RegisteredSecondaryRecipients resolver(PartyHistory register, String now) {
        return new RegisteredSecondaryRecipients(RegisteredParties.of(List.of(register)), participants, true,
                clock(now));
    }

    private static RoutingRequest request(String interfaceId) {
        InterfaceDefinition channel = CATALOGUE.find(interfaceId).orElseThrow();
        return new RoutingRequest(channel, channel.events().get(0), "9900000003", "SDS", MPAN, "2300000001",
                List.of());
    }

    private static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Row row(String from, String dipId) {
        return new Row(LocalDate.parse(from), dipId, "X" + dipId.substring(7));
    }
}
