package uk.mhhs.systemtests.ops;

import static uk.mhhs.systemtests.SuiteHome.trusting;
import uk.mhhs.localsuite.RunningSuite;
import uk.mhhs.localsuite.services.SuiteService;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant's post to the gateway without its API key: refused before validation with 401, counted as
 * {@code dip_ingress_messages_total{outcome="refused",code="HTTP401"}}. A clean market day has no rejection at all,
 * so this is what puts a series behind the "Rejections by code" panel.
 */
public final class RefusedPost {

    private RefusedPost() {
    }

    public static void send(RunningSuite suite) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .sslContext(trusting(suite.home().resolve("dip-gateway").resolve("dev-keystore.p12"))).build();
        URI channel = URI.create(suite.baseUrl(SuiteService.DIP_GATEWAY).toString().replaceAll("/+$", "")
                + "/dip-channel/IF-021");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(channel).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
    }
}
