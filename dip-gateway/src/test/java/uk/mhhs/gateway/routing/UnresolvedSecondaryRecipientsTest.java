package uk.mhhs.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.mhhs.common.catalogue.InterfaceCatalogue;
import uk.mhhs.common.catalogue.InterfaceDefinition;
import uk.mhhs.common.validation.Violation;
import uk.mhhs.dipclient.registration.PartyHistory;
import uk.mhhs.dipclient.registration.PartyHistory.Row;
import uk.mhhs.dipclient.registration.RegisteredParties;

/**
 * When secondary routing must and cannot resolve (MSG1037 / MSG1038), one row per case, on 2 November 2026.
 * Register: MPAN 2000056535971 has supplier 1400000002 (SUP) and MS 1200000001 (MSS), no DS today; MPAN
 * 1900012374324 has supplier 1499999999, which is not a DIP participant; any other MPAN is unknown. Catalogue:
 * IF-021 goes to SUP, LDSO, MDS, LSS; IF-013 to SUP, LDSO and the DS roles; IF-022 to SUP and the DS roles (all
 * of them "always" in the configuration), IF-047 to every role (all "always"). Always roles as application.yml.
 */
class UnresolvedSecondaryRecipientsTest {

    private static final InterfaceCatalogue CATALOGUE = InterfaceCatalogue.standard();
    private static final RoutingProperties ALWAYS = new RoutingProperties(java.util.Map.of(
            "[IF-021]", List.of("LSS", "MDS"),
            "[IF-022]", List.of("SUP", "SDS", "ADS", "UMSDS"),
            "[IF-047]", List.of("REGS", "SUP", "LDSO", "MSS", "MSA", "UMSO", "SDS", "ADS", "UMSDS", "MDS", "LSS",
                    "VAS", "EES", "MDR", "DCC")), null);

    private final RegisteredSecondaryRecipients resolver = new RegisteredSecondaryRecipients(
            RegisteredParties.of(List.of(
                    new PartyHistory("2000056535971", List.of(row("2024-04-01", "1400000002")),
                            List.of(row("2024-04-01", "1200000001")), List.of()),
                    new PartyHistory("1900012374324", List.of(row("2024-04-01", "1499999999")), List.of(),
                            List.of()))),
            new InMemoryParticipants().with("1400000002", "SUP").with("1200000001", "MSS")
                    .with("2300000001", "LDSO"),
            true, Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} MPAN {1} primary {2}: {3}")
    @CsvSource(nullValues = "-", value = {
        "IF-021, -,             -,          MSG1037",  // goes to the supplier; no MPAN to find it by
        "IF-021, 2000056535971, -,          -",        // the supplier of today is a participant
        "IF-021, 2099999999998, -,          MSG1038",  // an MPAN the register does not hold
        "IF-021, 1900012374324, -,          MSG1038",  // its supplier is no DIP participant
        "IF-021, 2099999999998, 1400000001, -",        // the sender addressed it itself
        "IF-021, -,             1400000001, -",
        "IF-013, 2000056535971, -,          -",        // supplier resolves though no DS is appointed today
        "IF-013, 2099999999998, -,          MSG1038",
        "IF-022, -,             -,          -",        // every role it goes to is an always role
        "IF-047, -,             -,          -",
    })
    void needs_a_registered_party_for_interfaces_that_go_to_one(String interfaceId, String mpan, String primary,
            String expected) {
        InterfaceDefinition channel = CATALOGUE.find(interfaceId).orElseThrow();
        var request = new RoutingRequest(channel, channel.events().get(0), "1100000001", "SDS", mpan, "2300000001",
                primary == null ? List.of() : List.of(primary));

        Optional<Violation> violation = resolver.unresolved(request, ALWAYS.alwaysRoles(interfaceId));

        assertThat(violation.map(v -> v.code().name()).orElse(null)).isEqualTo(expected);
        violation.ifPresent(v -> assertThat(v.jsonPath()).isEqualTo("$.payload.CommonBlock.M0.MPANCore"));
    }

    @ParameterizedTest(name = "reject-unresolved {0}")
    @CsvSource({"true, MSG1038", "false, -"})
    void routing_raises_them_only_when_configured(boolean rejectUnresolved, String expected) {
        var secondary = new RoutingProperties.Secondary(RoutingProperties.Source.REGISTRATION, true, null,
                java.time.Duration.ofMinutes(2), rejectUnresolved);
        var routing = new Routing(new RoutingProperties(java.util.Map.of("[IF-021]", List.of("LSS", "MDS")),
                secondary), resolver, new InMemoryParticipants(), new TransactionIds(), null, null);
        InterfaceDefinition channel = CATALOGUE.find("IF-021").orElseThrow();

        var violation = routing.unresolvedSecondary(new RoutingRequest(channel, "[ActivePower]", "1100000001", "SDS",
                "2099999999998", "2300000001", List.of()));

        assertThat(violation.map(v -> v.code().name()).orElse("-")).isEqualTo(expected);
    }

    private static Row row(String from, String dipId) {
        return new Row(LocalDate.parse(from), dipId, "X" + dipId.substring(7));
    }
}
