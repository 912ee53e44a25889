package uk.mhhs.common.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The generated catalogue against facts read by hand from DIP API v2.1.0 (SubmitEvents DIPMessage,
 * Interfaces-EventCodes) and DES138.
 */
class InterfaceCatalogueTest {

    private final InterfaceCatalogue catalogue = InterfaceCatalogue.standard();

    /** The IF channels of SubmitEvents' DIPMessage.payload.oneOf, typed from the spec. */
    private static final List<String> SPEC_IF_CHANNELS = List.of(
            "IF-001", "IF-002", "IF-003", "IF-004", "IF-005", "IF-006", "IF-007", "IF-008", "IF-009",
            "IF-013", "IF-014", "IF-015", "IF-016", "IF-018", "IF-019", "IF-020", "IF-021", "IF-022",
            "IF-023", "IF-024", "IF-025", "IF-026", "IF-027", "IF-028", "IF-031", "IF-032", "IF-033",
            "IF-034", "IF-035", "IF-036", "IF-037", "IF-038", "IF-039", "IF-040", "IF-041", "IF-043",
            "IF-044", "IF-045", "IF-047", "IF-050", "IF-051", "IF-061", "IF-062", "IF-063", "IF-064", "IF-065");

    @Test
    void holds_every_IF_channel_of_the_spec_and_nothing_the_spec_lacks() {
        SPEC_IF_CHANNELS.forEach(id -> assertThat(catalogue.find(id)).as(id).isPresent());
        assertThat(catalogue.all().stream().filter(c -> !c.isReport()).map(InterfaceDefinition::id))
                .containsExactlyElementsOf(SPEC_IF_CHANNELS);
        assertThat(catalogue.find("IF-030")).isEmpty();
        assertThat(catalogue.find("IF-042")).isEmpty();
        assertThat(catalogue.dipApiVersion()).isEqualTo("2.1.0");
    }

    @Test
    void IF021_is_sent_by_data_services_to_lss_mds_ldso_and_suppliers() {
        InterfaceDefinition if021 = catalogue.find("IF-021").orElseThrow();
        assertThat(if021.senderRoles()).containsExactlyInAnyOrder("SDS", "ADS", "UMSDS");
        assertThat(if021.recipientRoles()).contains("LSS", "MDS", "LDSO", "SUP");
        assertThat(if021.publicationId()).isEqualTo("PUB-021");
        assertThat(if021.pubNumber()).isEqualTo("021");
        assertThat(if021.events()).containsExactly("[ActivePower]", "[ReactivePower]");
        assertThat(if021.schemaVersions()).containsExactly("011");
        assertThat(if021.m0Required()).isTrue();
        assertThat(if021.schemaFor("[ReactivePower]")).contains("IF-021-ActivePower.json");
        assertThat(if021.isSentBy("SDS")).isTrue();
        assertThat(if021.isReceivedBy("VAS")).isFalse();
    }

    @Test
    void finds_a_channel_whatever_the_case_of_its_id() {
        assertThat(catalogue.find("if-021")).map(InterfaceDefinition::id).contains("IF-021");
        assertThat(catalogue.find(" Rep-002a ")).map(InterfaceDefinition::id).contains("REP-002A");
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void load_shapes_and_the_isd_publication_carry_no_mpan_block() {
        assertThat(catalogue.find("IF-047").orElseThrow().m0Required()).isFalse();
        assertThat(catalogue.find("IF-022").orElseThrow().m0Required()).isFalse();
        assertThat(catalogue.find("IF-023").orElseThrow().m0Required()).isFalse();
        InterfaceDefinition if047 = catalogue.find("IF-047").orElseThrow();
        assertThat(if047.senderRoles()).containsExactly("ISD");
        assertThat(if047.recipientRoles()).hasSize(16).contains("REGS", "SUP", "DCC");
    }

    @Test
    void relationship_interfaces_use_the_principal_mpan_block() {
        assertThat(catalogue.find("IF-019").orElseThrow().m1()).isTrue();
        assertThat(catalogue.find("IF-019").orElseThrow().m0Required()).isFalse();
        assertThat(catalogue.find("IF-020").orElseThrow().r0()).isTrue();
        assertThat(catalogue.find("IF-021").orElseThrow().m1()).isFalse();
    }

    @Test
    void each_event_maps_to_the_variant_schema_named_after_it() {
        InterfaceDefinition if018 = catalogue.find("IF-018").orElseThrow();
        assertThat(if018.schemaFor("[AddressChg]")).contains("IF-018-AddressChg.json");
        assertThat(if018.schemaFor("[GSPChg]")).contains("IF-018-GSPChg.json");
        // IF-020-RelatedCreate lists [RelatedAdd] too; the variant named after the event wins.
        assertThat(catalogue.find("IF-020").orElseThrow().schemaFor("[RelatedAdd]")).contains("IF-020-RelatedAdd.json");
        assertThat(catalogue.find("IF-041").orElseThrow().events()).hasSize(10).contains("[ReadingCOS]");
        assertThat(catalogue.find("IF-041").orElseThrow().schemas()).containsExactly("IF-041-ReadingRemote.json");
    }

    @Test
    void IF051_is_the_only_interface_on_schema_version_001_and_des138_has_no_routing_for_it() {
        InterfaceDefinition if051 = catalogue.find("IF-051").orElseThrow();
        assertThat(if051.schemaVersions()).containsExactly("001");
        assertThat(if051.routingKnown()).isFalse();
        assertThat(if051.senderRoles()).isEmpty();
    }

    @Test
    void reports_keep_their_own_id_as_publication_id() {
        InterfaceDefinition rep = catalogue.find("REP-002A").orElseThrow();
        assertThat(rep.isReport()).isTrue();
        assertThat(rep.publicationId()).isEqualTo("REP-002A");
        assertThat(rep.pubNumber()).isEqualTo("002A");
        assertThat(rep.schemaVersions()).containsExactly("008");
    }
}
