package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.mhhs.common.signature.Pem;
import uk.mhhs.testsupport.RealServersProperties;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.dip.SignedDipRequests;

class TmpLocalProfileTest {
    @Test
    void seeds() throws Exception {
        Map<String, Object> p = new HashMap<>(RealServersProperties.forName("tmp_local"));
        p.put("spring.profiles.active", "local");
        Path work = Files.createTempDirectory("dip-local");
        try (GatewayProcess g = GatewayProcess.start(p, work, "local")) {
            var https = g.awaitHealthy(Duration.ofSeconds(120));
            HttpResponse<String> list = https.send(HttpRequest.newBuilder(URI.create(g.baseUrl() + "/admin/participants"))
                    .header("X-Admin-Token", "test-admin-token").build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("LOCAL " + list.body());
            Path dir = work.resolve(".local-suite/dip-gateway/participants");
            System.out.println("LOCAL files " + java.util.Arrays.toString(dir.toFile().list()));
            var key = Pem.readPrivateKey(Files.readString(dir.resolve("1100000001.key.pem")), "RSA");
            var cert = Pem.readCertificate(Files.readString(dir.resolve("1100000001.cert.pem")));
            var requests = new SignedDipRequests(g.baseUrl(), "local-1100000001", new TestCertificates.Credential(key, cert));
            HttpResponse<String> r = https.send(requests.post("IF-021", If021Message.from("1100000001").distributorDipId("2300000001").toBatchJson()),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("LOCAL post " + r.statusCode() + " " + r.body());
            assertThat(r.statusCode()).isEqualTo(201);
        }
    }
}
