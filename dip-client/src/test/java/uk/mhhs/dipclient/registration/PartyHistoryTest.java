package uk.mhhs.dipclient.registration;

import org.junit.jupiter.api.Test;
import uk.mhhs.dipclient.registration.PartyHistory.PartiesOnDate;
import uk.mhhs.dipclient.registration.PartyHistory.Party;
import uk.mhhs.dipclient.registration.PartyHistory.Row;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The as-at rule over a hand-made history of MPAN 1200000000094: supplier ALPH from 2024-04-01, BRVO from
 * 2025-06-01; MS MTRA from 2024-04-01, de-appointed from 2025-03-01; DS METD from 2024-04-01, DATB from
 * 2025-07-01. The rows are given out of order on purpose. Checked through the record and through the cache's
 * packed storage, which must agree.
 */
class PartyHistoryTest {

    static final Party ALPH = new Party("1400000001", "ALPH");
    static final Party BRVO = new Party("1400000002", "BRVO");
    static final Party MTRA = new Party("1200000001", "MTRA");
    static final Party METD = new Party("1100000001", "METD");
    static final Party DATB = new Party("1100000002", "DATB");

    static final PartyHistory HISTORY = new PartyHistory("1200000000094",
            List.of(row("2025-06-01", BRVO), row("2024-04-01", ALPH)),
            List.of(row("2024-04-01", MTRA), new Row(LocalDate.parse("2025-03-01"), null, null)),
            List.of(row("2025-07-01", DATB), row("2024-04-01", METD)));

    @Test
    void before_the_first_row_there_is_no_party() {
        assertOn("2024-03-31", PartiesOnDate.NONE);
    }

    @Test
    void each_party_changes_on_its_effective_date_and_not_a_day_before() {
        assertOn("2024-04-01", new PartiesOnDate(ALPH, MTRA, METD));
        assertOn("2025-05-31", new PartiesOnDate(ALPH, null, METD));
        assertOn("2025-06-01", new PartiesOnDate(BRVO, null, METD));
        assertOn("2025-06-30", new PartiesOnDate(BRVO, null, METD));
        assertOn("2025-07-01", new PartiesOnDate(BRVO, null, DATB));
    }

    @Test
    void a_row_without_a_DIP_ID_means_none_from_its_date() {
        assertOn("2025-02-28", new PartiesOnDate(ALPH, MTRA, METD));
        assertOn("2025-03-01", new PartiesOnDate(ALPH, null, METD));
        assertOn("2030-01-01", new PartiesOnDate(BRVO, null, DATB));
    }

    @Test
    void an_MPAN_not_held_has_no_parties() {
        assertThat(packed().asAt(1200000000107L, LocalDate.parse("2025-01-01"))).isEqualTo(PartiesOnDate.NONE);
        assertThat(RegisteredParties.of(List.of(HISTORY)).partiesOn("1200000000107", LocalDate.parse("2025-01-01")))
                .isEqualTo(PartiesOnDate.NONE);
    }

    @Test
    void writes_the_documented_JSON_in_date_order_and_reads_it_back() {
        String json = new String(HISTORY.toJson(), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"mpanCore\":\"1200000000094\","
                + "\"suppliers\":[{\"effectiveFrom\":\"2024-04-01\",\"dipId\":\"1400000001\",\"mpid\":\"ALPH\"},"
                + "{\"effectiveFrom\":\"2025-06-01\",\"dipId\":\"1400000002\",\"mpid\":\"BRVO\"}],"
                + "\"meteringServices\":[{\"effectiveFrom\":\"2024-04-01\",\"dipId\":\"1200000001\",\"mpid\":\"MTRA\"},"
                + "{\"effectiveFrom\":\"2025-03-01\",\"dipId\":null,\"mpid\":null}],"
                + "\"dataServices\":[{\"effectiveFrom\":\"2024-04-01\",\"dipId\":\"1100000001\",\"mpid\":\"METD\"},"
                + "{\"effectiveFrom\":\"2025-07-01\",\"dipId\":\"1100000002\",\"mpid\":\"DATB\"}]}");
        assertThat(PartyHistory.parse(HISTORY.toJson())).isEqualTo(HISTORY);
    }

    @Test
    void reads_PostgreSQL_spacing_and_ignores_fields_it_does_not_know() {
        String json = "{\"mpanCore\" : \"1200000000094\", \"suppliers\" : [{\"effectiveFrom\" : \"2024-04-01\", "
                + "\"dipId\" : \"1400000001\", \"mpid\" : \"ALPH\", \"contractReference\" : \"C1\"}], "
                + "\"meteringServices\" : [], \"dataServices\" : [], \"version\" : 2}";

        PartyHistory history = PartyHistory.parse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(history).isEqualTo(new PartyHistory("1200000000094", List.of(row("2024-04-01", ALPH)),
                List.of(), List.of()));
    }

    @Test
    void packed_storage_gives_back_the_history_it_was_given() {
        assertThat(packed().history(1200000000094L)).isEqualTo(HISTORY);
    }

    private static void assertOn(String date, PartiesOnDate expected) {
        LocalDate day = LocalDate.parse(date);
        assertThat(HISTORY.asAt(day)).as("record on " + date).isEqualTo(expected);
        assertThat(packed().asAt(1200000000094L, day)).as("packed on " + date).isEqualTo(expected);
    }

    private static PackedParties packed() {
        PackedParties packed = new PackedParties();
        packed.put(HISTORY);
        return packed;
    }

    private static Row row(String from, Party party) {
        return new Row(LocalDate.parse(from), party.dipId(), party.mpid());
    }
}
