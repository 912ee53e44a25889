package uk.mhhs.dataservice.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The other ways data reaches the service: the meter-data topic, IF-024, IF-037, IF-041, MDS feedback, the daily send. */
class FeedsTest extends DataServiceTestBase {

    private static final LocalDate APPOINTED = LocalDate.of(2026, 1, 1);
    private static final JsonMapper JSON = JsonMapper.shared();

    @Autowired
    StepScheduler scheduler;

    @Test
    void meter_data_on_the_topic_is_stored_and_a_wrong_batch_is_answered_on_the_refused_topic() {
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "E", "K1");
        String[] values = new String[48];
        Arrays.fill(values, "0.100");
        try (TopicReader refused = TopicReader.fromNow(topics.prefix() + "meter-data.readings.refused")) {
            TopicReader.send(topics.prefix() + "meter-data.readings", mpan,
                    batch(row(mpan, "K1", "MAIN", "AI", DAY, values)).getBytes(StandardCharsets.UTF_8));
            TopicReader.send(topics.prefix() + "meter-data.readings", "bad-" + mpan,
                    batch(row(mpan, "NOPE", "MAIN", "AI", DAY, values)).getBytes(StandardCharsets.UTF_8));

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from interval_day where mpan_core = ?", Integer.class, Long.parseLong(mpan)) == 1);
            var answer = refused.await(r -> ("bad-" + mpan).equals(r.key()));
            JsonNode problems = JSON.readTree(answer.value()).path("problems");
            assertThat(problems.path(0).path("code").asString()).isEqualTo("DSR003");
            assertThat(problems.path(0).path("reason").asString()).contains("NOPE");
        }
    }

    @Test
    void a_supplier_nominated_annual_consumption_under_a_year_old_replaces_the_annual_consumption() {
        LocalDate day = DAY.minusDays(4);
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "N", "3000.000", "E", "S1");
        flatShape(day);
        ObjectNode snac = JSON.createObjectNode();
        snac.putObject("B057").put("supplierNotificationEffectiveFromDate", uk(LocalDate.of(2026, 6, 1)))
                .putNull("supplierNotificationExpiryDate").putNull("additionalInformation");
        snac.putObject("B058").put("supplierNominatedAnnualConsumption", "7300.000");
        assertThat(awaitApplied(publish("IF-024", "[SN-SupplierAC]", SUPPLIER, "SUP", mpan, snac)))
                .isEqualTo("ACCEPTED");

        runProcessing(day);

        // SNAC from 1 June 2026, under 12 months before 26 Nov 2026: 7300 × 1 / 17520 = 0.41666… → 0.417
        assertThat(awaitIf021(mpan, "AI", day).period(12)).isEqualTo("0.417 E9 10 null");
    }

    @Test
    void an_advance_between_reads_two_days_apart_is_shared_between_the_days_by_shape() {
        LocalDate first = DAY.minusDays(6);
        LocalDate second = first.plusDays(1);
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "E", "R1");
        flatShape(first);
        flatShape(second);
        ObjectNode reads = JSON.createObjectNode();
        var list = reads.putArray("B064List");
        list.addObject().put("meterID", "R1").put("cumulativeRegisterReading", "500.000")
                .put("cumulativeRegisterReadingDateTime", first + "T00:00:00+00:00").put("readingMethod", "A")
                .putNull("siteVisitCheckCode");
        list.addObject().put("meterID", "R1").put("cumulativeRegisterReading", "548.000")
                .put("cumulativeRegisterReadingDateTime", second.plusDays(1) + "T00:00:00+00:00")
                .put("readingMethod", "A").putNull("siteVisitCheckCode");
        reads.putArray("B065List");
        assertThat(awaitApplied(publish("IF-041", "[ReadingRemote]", "1200000001", "MSS", mpan, reads)))
                .isEqualTo("ACCEPTED");

        runProcessing(first);

        // 548 − 500 = 48 kWh over two days of equal (flat) shape: 24 kWh a day, 24 / 48 = 0.500 a period, q E3
        assertThat(awaitIf021(mpan, "AI", first).period(0)).isEqualTo("0.500 E3 2 null");
        assertThat(awaitIf021(mpan, "AI", second).period(47)).isEqualTo("0.500 E3 2 null");
    }

    @Test
    void after_a_de_appointment_meter_data_for_later_days_is_refused() {
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "H", "3000.000", "E", "G1");
        ObjectNode deApp = JSON.createObjectNode();
        deApp.putObject("B009").put("deAppointedDataServiceDIPID", US).put("deAppointedDataServiceMPID", "DSVC")
                .put("dataServiceEffectiveFromDate", uk(APPOINTED))
                .put("dataServiceEffectiveToDate", uk(DAY.minusDays(10))).put("deAppointmentReasonCode", "CSERV");
        assertThat(awaitApplied(publish("IF-037", "[DSDeApp]", REGS, "REGS", mpan, deApp))).isEqualTo("ACCEPTED");
        String[] values = new String[48];
        Arrays.fill(values, "0.100");

        Answer answer = postMeterData(batch(row(mpan, "G1", "MAIN", "AI", DAY, values)));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("problems").path(0).path("code").asString()).isEqualTo("DSR002");
        // the last day of the appointment is still ours
        assertThat(postMeterData(batch(row(mpan, "G1", "MAIN", "AI", DAY.minusDays(10), values))).status())
                .isEqualTo(202);
    }

    @Test
    void an_mds_rejection_is_recorded_and_listed_for_operators() {
        String mpan = newMpan();
        ObjectNode custom = JSON.createObjectNode();
        custom.putObject("B044").put("issuingDataServiceDIPID", US);
        String tx = "T-IF-014-" + mpan;
        ObjectNode message = JSON.createObjectNode();
        ObjectNode payload = message.putObject("payload");
        ObjectNode common = payload.putObject("CommonBlock");
        common.putObject("S0").put("interfaceID", "IF-014").put("schemaVersion", "011")
                .put("eventCode", "[ActivePowerRejected]");
        common.putObject("S1").put("senderDIPID", MDS).put("senderRoleID", "MDS");
        common.putObject("A0").putArray("primaryRecipients").add(US);
        common.putObject("M0").put("MPANCore", mpan).put("distributorDIPID", LDSO).put("GSPGroupID", "_C");
        common.putObject("R0").put("responseCode", "R").putArray("responseMessages")
                .add("ECS1010 - Negative consumption value");
        common.putObject("D0").put("transactionID", tx).put("publicationID", "PUB-014");
        payload.set("CustomBlock", custom);
        TopicReader.send(topics.publication("IF-014"), mpan, JSON.writeValueAsBytes(message));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from mds_feedback where transaction_id = ?", Integer.class, tx) == 1);
        JsonNode listed = http.get().uri("/data-service/v1/mds-feedback?mpan=" + mpan)
                .header("X-DS-Operator-Token", TOKEN).retrieve().body(JsonNode.class);
        JsonNode row = listed.path("feedback").path(0);
        assertThat(row.path("interfaceId").asString()).isEqualTo("IF-014");
        assertThat(row.path("responseCode").asString()).isEqualTo("R");
        assertThat(row.path("messages").path(0).asString()).isEqualTo("ECS1010 - Negative consumption value");
    }

    @Test
    void the_daily_send_queues_every_appointed_mpan_for_yesterday_once_after_its_time() {
        String mpan = newMpan();
        appoint(mpan, "S", APPOINTED, "N", "3650.000", "E", "Y1");
        String queued = "select count(*) from pending_day where mpan_core = ? and settlement_date = ?";

        CLOCK.set(TODAY.atTime(3, 59).toInstant(ZoneOffset.UTC)); // 03:59 UK (GMT): before 04:00
        scheduler.runDue(TODAY);
        assertThat(jdbc.queryForObject(queued, Integer.class, Long.parseLong(mpan), java.sql.Date.valueOf(DAY)))
                .isZero();

        CLOCK.set(TODAY.atTime(4, 1).toInstant(ZoneOffset.UTC));
        scheduler.runDue(TODAY);
        assertThat(jdbc.queryForObject(queued, Integer.class, Long.parseLong(mpan), java.sql.Date.valueOf(DAY)))
                .isOne();
        assertThat(jdbc.queryForObject("select outcome from daily_run where job = 'data-service-send-d-1' and run_on = ?",
                String.class, java.sql.Date.valueOf(TODAY))).endsWith("MPAN-days queued");
    }

    private void flatShape(LocalDate day) {
        String[] flat = new String[48];
        Arrays.fill(flat, "1.000");
        new ShapePublisher(this).publish(day, flat, "17520.000");
    }
}
