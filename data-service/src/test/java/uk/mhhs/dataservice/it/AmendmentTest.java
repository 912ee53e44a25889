package uk.mhhs.dataservice.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.validation.MessageValidator;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** IF-027 consumption amendments: IF-028 to the supplier, and IF-021 again with e 9 and the reason. */
class AmendmentTest extends DataServiceTestBase {

    @Test
    void an_accepted_amendment_is_answered_and_the_day_is_resent_with_reason_9() {
        LocalDate day = DAY.minusDays(3);
        String mpan = newMpan();
        appoint(mpan, "S", LocalDate.of(2026, 1, 1), "H", "3000.000", "E", "AM");
        String[] flat = new String[48];
        Arrays.fill(flat, "1.000");
        new ShapePublisher(this).publish(day, flat, "17520.000");

        String tx = publish("IF-027", "[ConsumptionAmendment]", SUPPLIER, "SUP", mpan,
                amendment("REF-" + mpan, day, day, "24.000", "R"));

        assertThat(awaitApplied(tx)).isEqualTo("ACCEPTED");
        JsonNode if028 = awaitIf028(mpan);
        assertThat(if028.path("CommonBlock").path("R0").path("responseCode").asString()).isEqualTo("A");
        assertThat(if028.path("CommonBlock").path("A0").path("primaryRecipients").path(0).asString())
                .isEqualTo(SUPPLIER);

        runProcessing(day);

        // 24.000 kWh over one day of a flat shape: 24 / 48 = 0.500 in each period, q E8, e 9, arc R
        If021 sent = awaitIf021(mpan, "AI", day);
        for (int i = 0; i < 48; i++) {
            assertThat(sent.period(i)).isEqualTo("0.500 E8 9 R");
        }
    }

    @Test
    void an_amendment_reusing_a_supplier_reference_is_rejected_and_changes_nothing() {
        LocalDate day = DAY.minusDays(3);
        String mpan = newMpan();
        appoint(mpan, "S", LocalDate.of(2026, 1, 1), "H", "3000.000", "E", "AR");
        String[] flat = new String[48];
        Arrays.fill(flat, "1.000");
        new ShapePublisher(this).publish(day, flat, "17520.000");
        String reference = "DUP-" + mpan;
        assertThat(awaitApplied(publish("IF-027", "[ConsumptionAmendment]", SUPPLIER, "SUP", mpan,
                amendment(reference, day, day, "10.000", "R")))).isEqualTo("ACCEPTED");
        awaitIf028(mpan);

        String tx = publish("IF-027", "[ConsumptionAmendment]", SUPPLIER, "SUP", mpan,
                amendment(reference, day, day, "99.000", "R"));

        assertThat(awaitApplied(tx)).isEqualTo("REJECTED");
        JsonNode rejection = submissions.awaitAll(r -> mpan.equals(r.key()) && TopicReader.mentions(r, "\"IF-028\"")
                && TopicReader.mentions(r, "\"responseCode\":\"R\""), 1, Duration.ofSeconds(30)).stream()
                .map(r -> JsonMapper.shared().readTree(r.value()).path("payload")).findFirst().orElseThrow();
        assertThat(rejection.path("CommonBlock").path("R0").path("responseMessages").path(0).asString())
                .isEqualTo("DSCA010 - Supplier Reference has already been used");
        // the first amendment's 10.000 kWh stands: 10 / 48 = 0.2083… → 0.208 per period, and the rounding residual
        // 10.000 − 48 × 0.208 = 0.016 on the first of the equally weighted periods (0.224), so the day adds up to 10
        assertThat(jdbc.queryForObject("""
                        select array_to_string(kwh[1:3], ' ') || ' / ' || (select sum(v) from unnest(kwh) v)
                          from amended_day where mpan_core = ? and settlement_date = ?""",
                String.class, Long.parseLong(mpan), java.sql.Date.valueOf(day)))
                .isEqualTo("0.224 0.208 0.208 / 10.000");
    }

    private JsonNode awaitIf028(String mpan) {
        ConsumerRecord<String, byte[]> record = submissions.await(r -> mpan.equals(r.key())
                && TopicReader.mentions(r, "\"IF-028\""));
        JsonNode payload = JsonMapper.shared().readTree(record.value()).path("payload");
        assertThat(new MessageValidator(MessageValidator.Mode.DIP, CLOCK, Duration.ofMinutes(5))
                .validate("IF-028", payload).violations()).isEmpty();
        return payload;
    }

    private static ObjectNode amendment(String reference, LocalDate from, LocalDate to, String kwh, String arc) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        ObjectNode entry = custom.putArray("B902List").addObject();
        entry.putObject("MQID").put("measurementQuantityID", "AI");
        entry.putArray("supplierConsumptionAmendmentRequests").addObject()
                .put("consumptionAmendmentSupplierReference", reference)
                .put("consumptionAmendmentPeriodStartDate", from + "T00:00:00+00:00")
                .put("consumptionAmendmentPeriodEndDate", to + "T00:00:00+00:00")
                .put("grossRevisedConsumption", kwh).put("arc", arc);
        return custom;
    }
}
