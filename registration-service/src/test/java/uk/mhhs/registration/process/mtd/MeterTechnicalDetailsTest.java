package uk.mhhs.registration.process.mtd;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.registration.process.ProcessTestBase;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IF-005 → IF-006 on the standard smart MPAN (created 2024-03-01; meter M1 S2A, MAP MAPA, location A, 5 digits,
 * installed 2024-03-01; MS MTRA, DS METD, supplier ALPH from 2024-04-01; LDSO 2300000004, GSP group _C); today
 * 2026-12-01. B905List carries no make and type: the register's B905 read does not include it yet (null).
 */
class MeterTechnicalDetailsTest extends ProcessTestBase {

    private static final String M1_ROW = "M1 2024-03-01 null S2A MAPA A 5";

    @Test
    void the_ms_installs_a_second_meter_and_everyone_is_told() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.set("B906", b906("M2", "S2AD", "00-11-22-33-44-55-66-77", "B", 6, "2026-11-30T00:00:00+00:00",
                "MAPB"));

        String tx = receive("IF-005", "[MeterInstall]", MTRA, "MSS", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode if006 = only(awaitSubmitted(mpan, 1), "IF-006", "[MeterInstall]");
        assertAccepted(if006, mpan);
        assertThat(if006.path("CustomBlock").path("B906")).isEqualTo(custom.path("B906"));
        assertThat(if006.path("CustomBlock").path("B905List").toString()).isEqualTo("[" + M1_B905 + ","
                + "{\"existingMeter\":{\"meterID\":\"M2\",\"meterType\":\"S2AD\",\"manufacturersMakeAndType\":\"Acme X1\","
                + "\"ESMEGUID\":\"00-11-22-33-44-55-66-77\",\"meterLocation\":\"B\",\"numberOfDisplayedRegisterDigits\":6,"
                + "\"meterInstallationDate\":\"2026-11-30T00:00:00+00:00\"},\"existingMAP\":{\"meterAssetProviderID\":"
                + "\"MAPB\",\"meterAssetProviderEffectiveFromDate\":\"2026-11-30T00:00:00+00:00\"}}]");
        assertThat(if006.path("CustomBlock").properties()).hasSize(2);
        assertThat(meters(mpan)).containsExactly(M1_ROW,
                "M2 2026-11-30 null S2AD MAPB B 6 Acme X1 00-11-22-33-44-55-66-77");
    }

    @Test
    void the_ms_removes_the_only_meter() {
        String mpan = newMpan();
        givenSmartMpan(mpan);

        String tx = receive("IF-005", "[MeterRemoval]", MTRA, "MSS", mpan, b039("M1", "2026-11-30T00:00:00+00:00"));

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode if006 = only(awaitSubmitted(mpan, 1), "IF-006", "[MeterRemoval]");
        assertAccepted(if006, mpan);
        assertThat(if006.path("CustomBlock").toString()).isEqualTo(
                "{\"B039\":{\"meterIDRemoved\":\"M1\",\"meterRemovalDate\":\"2026-11-30T00:00:00+00:00\"}}");
        assertThat(meters(mpan)).containsExactly("M1 2024-03-01 2026-11-30 S2A MAPA A 5");
    }

    @Test
    void the_ms_exchanges_the_meter() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = b039("M1", "2026-11-30T00:00:00+00:00");
        custom.set("B906", b906("M3", "S2AD", null, "A", 5, "2026-11-30T00:00:00+00:00", "MAPA"));

        String tx = receive("IF-005", "[MeterExchange]", MTRA, "MSS", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode if006 = only(awaitSubmitted(mpan, 1), "IF-006", "[MeterExchange]");
        assertAccepted(if006, mpan);
        assertThat(if006.path("CustomBlock").path("B906")).isEqualTo(custom.path("B906"));
        assertThat(if006.path("CustomBlock").path("B039").toString())
                .isEqualTo("{\"meterIDRemoved\":\"M1\",\"meterRemovalDate\":\"2026-11-30T00:00:00+00:00\"}");
        assertThat(if006.path("CustomBlock").path("B905List").toString()).isEqualTo("[{\"existingMeter\":{"
                + "\"meterID\":\"M3\",\"meterType\":\"S2AD\",\"manufacturersMakeAndType\":\"Acme X1\",\"ESMEGUID\":null,"
                + "\"meterLocation\":\"A\",\"numberOfDisplayedRegisterDigits\":5,"
                + "\"meterInstallationDate\":\"2026-11-30T00:00:00+00:00\"},\"existingMAP\":{\"meterAssetProviderID\":"
                + "\"MAPA\",\"meterAssetProviderEffectiveFromDate\":\"2026-11-30T00:00:00+00:00\"}}]");
        assertThat(if006.path("CustomBlock").properties()).hasSize(3);
        assertThat(meters(mpan)).containsExactly("M1 2024-03-01 2026-11-30 S2A MAPA A 5",
                "M3 2026-11-30 null S2AD MAPA A 5 Acme X1 null");
    }

    @Test
    void the_ms_corrects_a_meter_id_and_its_digits() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        ObjectNode b906 = b906("M1", "S2A", null, "A", 6, "2024-03-01T00:00:00+00:00", "MAPA");
        ((ObjectNode) b906.path("existingMeter")).put("modifiedMeterID", "M1X");
        custom.set("B906", b906);

        String tx = receive("IF-005", "[MeterUpdate]", MTRA, "MSS", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("ACCEPTED", List.of()));
        JsonNode if006 = only(awaitSubmitted(mpan, 1), "IF-006", "[MeterUpdate]");
        assertAccepted(if006, mpan);
        assertThat(if006.path("CustomBlock").path("B906")).isEqualTo(custom.path("B906"));
        assertThat(if006.path("CustomBlock").path("B905List").toString()).isEqualTo("[{\"existingMeter\":{"
                + "\"meterID\":\"M1X\",\"meterType\":\"S2A\",\"manufacturersMakeAndType\":\"Acme X1\",\"ESMEGUID\":null,"
                + "\"meterLocation\":\"A\",\"numberOfDisplayedRegisterDigits\":6,"
                + "\"meterInstallationDate\":\"2024-03-01T00:00:00+00:00\"},\"existingMAP\":{\"meterAssetProviderID\":"
                + "\"MAPA\",\"meterAssetProviderEffectiveFromDate\":\"2024-03-01T00:00:00+00:00\"}}]");
        assertThat(meters(mpan)).containsExactly("M1X 2024-03-01 null S2A MAPA A 6 Acme X1 null");
    }

    @Test
    void rejects_REG1002_an_install_by_a_ms_not_appointed() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.set("B906", b906("M2", "S2AD", null, "B", 6, "2026-11-30T00:00:00+00:00", "MAPB"));

        assertRejected(mpan, receive("IF-005", "[MeterInstall]", MTRB, "MSS", mpan, custom), MTRB, "[MeterInstall]",
                "REG1002", "REG1002 - No Valid Appointment held by Metering Service on Relevant Date", custom);
    }

    @Test
    void rejects_REG1006_installing_a_meter_id_already_installed() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.set("B906", b906("M1", "S2AD", null, "B", 6, "2026-11-30T00:00:00+00:00", "MAPB"));

        assertRejected(mpan, receive("IF-005", "[MeterInstall]", MTRA, "MSS", mpan, custom), MTRA, "[MeterInstall]",
                "REG1006", "REG1006 - Meter with same Meter ID already Installed", custom);
    }

    @Test
    void rejects_REG1011_an_install_before_the_mpan_exists() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.set("B906", b906("M2", "S2AD", null, "B", 6, "2024-02-01T00:00:00+00:00", "MAPB"));

        assertRejected(mpan, receive("IF-005", "[MeterInstall]", MTRA, "MSS", mpan, custom), MTRA, "[MeterInstall]",
                "REG1011", "REG1011 - Meter Install Date cannot be Prior to MPAN Creation Date", custom);
    }

    @Test
    void rejects_REG1020_an_install_in_the_future() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.set("B906", b906("M2", "S2AD", null, "B", 6, "2026-12-02T00:00:00+00:00", "MAPB"));

        assertRejected(mpan, receive("IF-005", "[MeterInstall]", MTRA, "MSS", mpan, custom), MTRA, "[MeterInstall]",
                "REG1020", "REG1020 - Event cannot take place in the future", custom);
    }

    @Test
    void rejects_REG1009_a_map_id_that_is_not_an_mpid() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.set("B906", b906("M2", "S2AD", null, "B", 6, "2026-11-30T00:00:00+00:00", "MAP1"));

        assertRejected(mpan, receive("IF-005", "[MeterInstall]", MTRA, "MSS", mpan, custom), MTRA, "[MeterInstall]",
                "REG1009", "REG1009 - MAP ID is Invalid", custom);
    }

    @Test
    void rejects_REG0003_a_meter_on_an_unmetered_connection() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        jdbc.update("insert into connection_history values (?, date '2026-01-01', 'U', 'I', false)",
                Long.parseLong(mpan));
        ObjectNode custom = object();
        custom.set("B906", b906("M2", "S2AD", null, "B", 6, "2026-11-30T00:00:00+00:00", "MAPB"));

        assertRejected(mpan, receive("IF-005", "[MeterInstall]", MTRA, "MSS", mpan, custom), MTRA, "[MeterInstall]",
                "REG0003", "REG0003 - Event/Operation cannot be undertaken when Connection Type is Unmetered", custom);
    }

    @Test
    void rejects_REG1004_removing_a_meter_not_installed() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = b039("M9", "2026-11-30T00:00:00+00:00");

        assertRejected(mpan, receive("IF-005", "[MeterRemoval]", MTRA, "MSS", mpan, custom), MTRA, "[MeterRemoval]",
                "REG1004", "REG1004 - Meter ID does not match existing Installed Meter(s)", custom);
    }

    @Test
    void rejects_REG1005_a_removal_before_the_installation() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = b039("M1", "2024-02-29T00:00:00+00:00");
        jdbc.update("update appointment set effective_from = date '2024-02-01' where mpan_core = ? and service = 'MS'",
                Long.parseLong(mpan));

        assertRejected(mpan, receive("IF-005", "[MeterRemoval]", MTRA, "MSS", mpan, custom), MTRA, "[MeterRemoval]",
                "REG1005", "REG1005 - Meter Removal Date cannot be prior to Install Date", custom);
    }

    @Test
    void rejects_REG1008_an_exchange_installing_before_it_removes() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = b039("M1", "2026-11-30T00:00:00+00:00");
        custom.set("B906", b906("M3", "S2AD", null, "A", 5, "2026-11-29T00:00:00+00:00", "MAPA"));

        assertRejected(mpan, receive("IF-005", "[MeterExchange]", MTRA, "MSS", mpan, custom), MTRA,
                "[MeterExchange]", "REG1008", "REG1008 - Meter Install Date cannot be prior to Removal Date for Exchange",
                custom);
    }

    @Test
    void rejects_REG1015_updating_a_meter_not_installed() {
        String mpan = newMpan();
        givenSmartMpan(mpan);
        ObjectNode custom = object();
        custom.set("B906", b906("M9", "S2A", null, "A", 6, "2024-03-01T00:00:00+00:00", "MAPA"));

        assertRejected(mpan, receive("IF-005", "[MeterUpdate]", MTRA, "MSS", mpan, custom), MTRA, "[MeterUpdate]",
                "REG1015", "REG1015 - Meter ID does not exist so cannot be updated", custom);
    }

    @Test
    void rejects_REG0000_an_unregistered_mpan_and_echoes_the_senders_m0() {
        String mpan = newMpan();
        ObjectNode custom = b039("M1", "2026-11-30T00:00:00+00:00");

        String tx = receive("IF-005", "[MeterRemoval]", MTRA, "MSS", mpan, custom);

        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of("REG0000")));
        JsonNode if006 = only(awaitSubmitted(mpan, 1), "IF-006", "[MeterRemoval]");
        assertThat(recipients(if006)).isEqualTo(Set.of(MTRA));
        assertM0(if006, mpan);
        assertThat(if006.path("CommonBlock").path("R0").toString())
                .isEqualTo("{\"responseCode\":\"R\",\"responseMessages\":[\"REG0000 - MPAN Invalid or does not exist\"]}");
        assertThat(if006.path("CustomBlock")).isEqualTo(custom);
        assertThat(meters(mpan)).isEmpty();
    }

    private static final String M1_B905 = "{\"existingMeter\":{\"meterID\":\"M1\",\"meterType\":\"S2A\","
            + "\"manufacturersMakeAndType\":null,\"ESMEGUID\":null,\"meterLocation\":\"A\","
            + "\"numberOfDisplayedRegisterDigits\":5,\"meterInstallationDate\":\"2024-03-01T00:00:00+00:00\"},"
            + "\"existingMAP\":{\"meterAssetProviderID\":\"MAPA\","
            + "\"meterAssetProviderEffectiveFromDate\":\"2024-03-01T00:00:00+00:00\"}}";

    private void assertRejected(String mpan, String tx, String sender, String event, String code, String text,
                                ObjectNode custom) {
        assertThat(awaitProcessed(tx)).isEqualTo(new Outcome("REJECTED", List.of(code)));
        JsonNode if006 = only(awaitSubmitted(mpan, 1), "IF-006", event);
        assertThat(recipients(if006)).isEqualTo(Set.of(sender));
        assertM0(if006, mpan);
        assertThat(if006.path("CommonBlock").path("R0").toString())
                .isEqualTo("{\"responseCode\":\"R\",\"responseMessages\":[\"" + text + "\"]}");
        assertThat(if006.path("CustomBlock")).isEqualTo(custom);
        assertThat(meters(mpan)).containsExactly(M1_ROW);
    }

    private static void assertAccepted(JsonNode if006, String mpan) {
        assertThat(recipients(if006)).isEqualTo(Set.of(MTRA, METD, ALPH, LDSO));
        assertM0(if006, mpan);
        assertThat(if006.path("CommonBlock").path("R0").toString())
                .isEqualTo("{\"responseCode\":\"A\",\"responseMessages\":[]}");
    }

    private static void assertM0(JsonNode message, String mpan) {
        assertThat(message.path("CommonBlock").path("M0").toString()).isEqualTo(
                "{\"MPANCore\":\"" + mpan + "\",\"distributorDIPID\":\"" + LDSO + "\",\"GSPGroupID\":\"_C\"}");
    }

    private static ObjectNode b906(String meterId, String type, String guid, String location, int digits,
                                   String installed, String map) {
        ObjectNode b906 = JsonMapper.shared().createObjectNode();
        ObjectNode meter = b906.putObject("existingMeter");
        meter.put("meterID", meterId);
        meter.putNull("modifiedMeterID");
        meter.put("meterType", type);
        meter.put("manufacturersMakeAndType", "Acme X1");
        meter.put("ESMEGUID", guid);
        meter.put("meterLocation", location);
        meter.put("numberOfDisplayedRegisterDigits", digits);
        meter.put("meterInstallationDate", installed);
        ObjectNode entry = b906.putArray("historyMAP").addObject();
        entry.put("meterAssetProviderID", map);
        entry.put("meterAssetProviderEffectiveFromDate", installed);
        return b906;
    }

    private static ObjectNode b039(String meterId, String removed) {
        ObjectNode custom = object();
        ObjectNode b039 = custom.putObject("B039");
        b039.put("meterIDRemoved", meterId);
        b039.put("meterRemovalDate", removed);
        return custom;
    }

    private List<String> meters(String mpan) {
        return jdbc.queryForList("""
                select concat_ws(' ', meter_id, installed_on, coalesce(removed_on::text, 'null'), meter_type, map_mpid,
                                 meter_location, displayed_digits, manufacturers_make_and_type,
                                 case when manufacturers_make_and_type is not null
                                      then coalesce(esme_guid, 'null') end)
                  from meter where mpan_core = ? order by installed_on, meter_id""", String.class, Long.parseLong(mpan));
    }
}
