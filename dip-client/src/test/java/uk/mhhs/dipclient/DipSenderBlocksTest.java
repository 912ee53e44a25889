package uk.mhhs.dipclient;

import org.junit.jupiter.api.Test;
import uk.mhhs.common.envelope.S1;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DipSenderBlocksTest {

    // 00:30 on 24 November in UTC: the date in the reference and the timestamp are both UTC
    private final DipSenderBlocks blocks = new DipSenderBlocks(
            new DipClientProperties("", "9900000005", "mds", "SIT", null),
            Clock.fixed(Instant.parse("2026-11-24T00:30:59.987Z"), ZoneId.of("Europe/London")));

    @Test
    void sender_timestamp_is_25_characters_in_utc_to_the_second() {
        assertThat(blocks.senderTimestamp()).isEqualTo("2026-11-24T00:30:59+00:00").hasSize(25);
    }

    @Test
    void sender_unique_reference_names_interface_sender_role_and_day_with_a_fresh_suffix() {
        String first = blocks.senderUniqueReference("IF-021");
        String second = blocks.senderUniqueReference("IF-021");

        assertThat(first).matches("S-IF-021-9900000005-MDS-20261124-[0-9A-F]{16}");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void a_report_with_a_letter_after_its_number_is_named_by_the_number_as_the_specs_pattern_demands() {
        assertThat(blocks.senderUniqueReference("REP-003A")).matches("S-REP-003-9900000005-MDS-20261124-[0-9A-F]{16}")
                .matches("^S-((IF|REP)-)?\\d{3,4}-[0-9a-fA-F]{10}-[A-Z]{3,5}-\\d{8}-[a-zA-Z0-9]+$");
        assertThat(blocks.senderUniqueReference("REP-006")).startsWith("S-REP-006-");
    }

    @Test
    void s0_and_s1_carry_this_services_settings() {
        S1 s1 = blocks.s1("IF-021");

        assertThat(blocks.s0("IF-021", "[ActivePower]").schemaVersion()).isEqualTo("011");
        assertThat(s1.environmentTag()).isEqualTo("SIT");
        assertThat(s1.senderDIPID()).isEqualTo("9900000005");
        assertThat(s1.senderRoleID()).isEqualTo("MDS");
        assertThat(s1.senderTimestamp()).isEqualTo("2026-11-24T00:30:59+00:00");
        assertThat(s1.subText()).isNull();
        assertThat(s1.senderCorrelationID()).isNull();
        assertThat(s1.dipConnectionProviderID()).isNull();
    }

    @Test
    void a_report_gets_the_schema_version_its_catalogue_entry_allows() {
        // the REP reports are at 008 in the catalogue; IF interfaces stay at 011
        assertThat(blocks.s0("REP-006", "[UncorrectedConsumptionAndLossesByCCCID]").schemaVersion()).isEqualTo("008");
        assertThat(blocks.s0("IF-013", "[ActivePowerDefaulted]").schemaVersion()).isEqualTo("011");
    }
}
