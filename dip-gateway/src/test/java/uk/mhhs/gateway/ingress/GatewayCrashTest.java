package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.mhhs.testsupport.RealServersProperties;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.TestPostgres;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.dip.SignedDipRequests;
import uk.mhhs.testsupport.kafka.TopicReader;

/**
 * A 201 means durable: the gateway runs as its own process over HTTPS (the development key store it generates),
 * answers a signed IF-021 with 201 while its outbox relay is off, is killed with SIGKILL, and once restarted with
 * the relay on publishes the message on {@code dip.pub.021} exactly once. The restart also switches mTLS on by
 * configuration alone ({@code server.ssl.client-auth=need} and a trust store), and a client without a
 * certificate is refused.
 */
class GatewayCrashTest {

    private static final String NAME = "dip_gateway_crash";
    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void a_message_answered_201_survives_a_kill_before_publishing_and_is_published_exactly_once() throws Exception {
        Map<String, Object> servers = RealServersProperties.forName(NAME);
        Path workDir = Files.createTempDirectory("dip-gateway-crash");
        String transactionId;
        If021Message message;
        Map<String, Object> relayOff = new HashMap<>(servers);
        relayOff.put("mhhs.dip.outbox.relay-enabled", "false");
        try (GatewayProcess first = GatewayProcess.start(relayOff, workDir, "first")) {
            HttpClient https = first.awaitHealthy(START);
            String sender = IngressFixture.newDipId();
            String apiKey = "crash-test-key-" + sender + "-" + IngressFixture.strongSuffix();
            TestCertificates.Credential credential = TestCertificates.selfSigned(sender);
            HttpResponse<String> onboarded = https.send(HttpRequest.newBuilder(URI.create(first.baseUrl()
                            + "/admin/participants")).header("X-Admin-Token", IngressFixture.ADMIN_TOKEN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"dipId\":\"" + sender + "\",\"name\":\"Crash test SDS\",\"roles\":[{\"role\":\"SDS\"}],"
                                    + "\"apiKey\":\"" + apiKey + "\",\"certificatePem\":\""
                                    + credential.certificatePem().replace("\n", "\\n") + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);

            message = If021Message.from(sender);
            HttpResponse<String> accepted = https.send(new SignedDipRequests(first.baseUrl(), apiKey, credential)
                    .post("IF-021", message.toBatchJson()), HttpResponse.BodyHandlers.ofString());

            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
            transactionId = IngressFixture.json(accepted.body()).get("messageArray").get(0).get("transactionID")
                    .stringValue();
            assertThat(outboxRowsMentioning(transactionId)).isEqualTo(1);
            first.kill();
        }

        TestCertificates.Credential client = TestCertificates.selfSigned("mtls-client");
        Map<String, Object> relayOnWithMutualTls = new HashMap<>(servers);
        relayOnWithMutualTls.put("server.ssl.client-auth", "need");
        relayOnWithMutualTls.put("server.ssl.trust-store", GatewayProcess.trustStore(
                workDir.resolve("clients.p12"), "changeit", client.certificate()));
        relayOnWithMutualTls.put("server.ssl.trust-store-password", "changeit");
        relayOnWithMutualTls.put("server.ssl.trust-store-type", "PKCS12");
        try (GatewayProcess second = GatewayProcess.start(relayOnWithMutualTls, workDir, "second");
             TopicReader pub021 = TopicReader.fromBeginning((String) servers.get("spring.kafka.bootstrap-servers"),
                     servers.get("mhhs.dip.topic-prefix") + "dip.pub.021")) {
            second.awaitHealthy(START, client);
            HttpClient withoutCertificate = HttpClient.newBuilder().sslContext(second.sslContext(null)).build();
            assertThatThrownBy(() -> withoutCertificate.send(HttpRequest.newBuilder(URI.create(second.baseUrl()
                    + "/readyz")).build(), HttpResponse.BodyHandlers.ofString()))
                    .as("mTLS: no client certificate, no connection").isInstanceOf(java.io.IOException.class);
            pub021.awaitMentioning(transactionId, Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(30)).until(() -> outboxRowsMentioning(transactionId) == 0);
            pub021.readToEnd();
            assertThat(pub021.mentioning(transactionId)).hasSize(1);
            assertThat(pub021.mentioning(message.senderUniqueReference())).hasSize(1);
        }
    }

    private static int outboxRowsMentioning(String text) throws Exception {
        try (Connection c = DriverManager.getConnection(TestPostgres.instance().jdbcUrl(NAME), TestPostgres.USER,
                TestPostgres.PASSWORD);
             var statement = c.prepareStatement("select count(*) from dip.dip_outbox where "
                     + "position(convert_to(?, 'UTF8') in payload) > 0")) {
            statement.setString(1, text);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
