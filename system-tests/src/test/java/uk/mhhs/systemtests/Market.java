package uk.mhhs.systemtests;

import uk.mhhs.systemtests.WebhookReceiver.Delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The market's side of the DIP: participants registering webhooks and posting IF messages to the gateway, signed as
 * Elexon's DIP asks (the gateway's README, "Posting a signed message"), and the PUBs their webhooks received.
 */
record Market(HttpClient http, String gateway, WebhookReceiver webhooks) {

    static final Duration ARRIVAL = Duration.ofMinutes(2);
    private static final DateTimeFormatter DIP_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'")
            .withZone(ZoneOffset.UTC);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Where a message is about: M0's MPAN core, distributor and GSP group. */
    record Site(String mpan, String distributorDipId, String gspGroup) {
    }

    /** Registers the participant's webhook for {@code channel}: a signed POST, as the participant would. */
    void subscribe(SuiteParticipant participant, String channel) {
        String body = "{\"callbackURL\":\"" + webhooks.url(participant.dipId()) + "\"}";
        // The seeder writes the files just before it registers the participant: a 401 may come first.
        await(participant.mpid() + " webhook for " + channel).atMost(ARRIVAL).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    HttpResponse<String> r = http.send(participant.requests(gateway)
                            .post(channel + "/pubconfig/" + participant.dipId(), body),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as(r.body()).isIn(201, 401);
                    return r.statusCode() == 201;
                });
    }

    /** Posts one IF message from {@code sender} about {@code site}, signed; it must be accepted (201, MSG0000). */
    void post(SuiteParticipant sender, String interfaceId, String eventCode, Site site, String customBlock)
            throws IOException, InterruptedException {
        Instant sent = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String reference = "S-" + interfaceId + "-" + sender.dipId() + "-" + sender.role() + "-"
                + DateTimeFormatter.ofPattern("uuuuMMdd").format(sent.atZone(ZoneOffset.UTC)) + "-sys"
                + Long.toHexString(System.currentTimeMillis()) + SEQUENCE.incrementAndGet();
        String batch = """
                [{"payload":{"CommonBlock":{\
                "S0":{"interfaceID":"%s","schemaVersion":"011","eventCode":"%s"},\
                "S1":{"environmentTag":"SIT","subText":null,"senderUniqueReference":"%s","senderTimestamp":"%s",\
                "senderDIPID":"%s","senderRoleID":"%s","senderCorrelationID":null,"DIPConnectionProviderID":null},\
                "A0":{"primaryRecipients":[],"secondaryRecipients":[],"always":[]},\
                "M0":{"MPANCore":"%s","distributorDIPID":"%s","GSPGroupID":"%s"}},\
                "CustomBlock":%s}}]""".formatted(interfaceId, eventCode, reference, DIP_TIMESTAMP.format(sent),
                sender.dipId(), sender.role(), site.mpan(), site.distributorDipId(), site.gspGroup(), customBlock);
        HttpResponse<String> r = http.send(sender.requests(gateway).post(interfaceId, batch),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s: %s", interfaceId, eventCode, r.body()).isEqualTo(201);
        assertThat(Operator.JSON.readTree(r.body()).path("messageArray").path(0).path("message").asString())
                .as(r.body()).startsWith("MSG0000");
    }

    /** The first PUB of {@code interfaceId} {@code eventCode} about {@code mpan} pushed to {@code recipient}. */
    Delivery awaitDelivered(String recipient, String interfaceId, String eventCode, String mpan) {
        return await(recipient + " receives " + interfaceId + " " + eventCode + " for " + mpan + "; received so far: "
                + webhooks.deliveries()).atMost(ARRIVAL).pollInterval(Duration.ofMillis(200))
                .until(() -> webhooks.find(recipient, interfaceId, eventCode, mpan), Optional::isPresent)
                .orElseThrow();
    }
}
