package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.dip.SignedDipRequests;

/**
 * Participants reach only the DIP API, and the admin token only the admin API: a participant's API key (in any
 * header an operator might try) does not open {@code /admin/participants}, and the admin token used as an API key
 * with a good signature does not open {@code /dip-channel}. (Actuator is not on this port at all:
 * {@code ManagementPortTest}.)
 */
@GatewayIntegrationTest
class ParticipantsOnlyOnDipApiTest {

    @LocalServerPort int port;

    @Test
    void a_participants_api_key_does_not_open_the_admin_api() {
        IngressFixture fixture = new IngressFixture(port);
        IngressFixture.Sender sender = fixture.onboardSender("SUP");
        URI admin = URI.create(fixture.baseUrl() + "/admin/participants/" + sender.dipId());

        for (String[] header : new String[][] {{"X-Admin-Token", sender.apiKey()},
                {"Authorization", "Bearer " + sender.apiKey()}, {"X-API-Key", sender.apiKey()}}) {
            HttpResponse<String> response = IngressFixture.send(HttpRequest.newBuilder(admin)
                    .header(header[0], header[1]).build());
            assertThat(response.statusCode()).as(header[0]).isEqualTo(403);
            // the refusal names the path, never the participant's document (its name is "Ingress test SUP ...")
            assertThat(response.body()).doesNotContain("Ingress test").doesNotContain("roles");
        }
        // the same participant's key does open the DIP API (so the refusals above are about the API, not the key)
        HttpResponse<String> posted = IngressFixture.send(sender.requests().post("IF-999", "{}"));
        assertThat(posted.statusCode()).isNotIn(401, 403);
    }

    @Test
    void the_admin_token_does_not_open_the_dip_api() {
        IngressFixture fixture = new IngressFixture(port);
        TestCertificates.Credential credential = TestCertificates.selfSigned(IngressFixture.newDipId());
        SignedDipRequests asAdmin = new SignedDipRequests(fixture.baseUrl(), IngressFixture.ADMIN_TOKEN, credential);

        HttpResponse<String> keyed = IngressFixture.send(asAdmin.post("IF-001", "{}"));
        assertThat(keyed.statusCode()).isEqualTo(401);
        HttpResponse<String> headed = IngressFixture.send(HttpRequest.newBuilder(
                        URI.create(fixture.baseUrl() + "/dip-channel/IF-001"))
                .header("X-Admin-Token", IngressFixture.ADMIN_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(headed.statusCode()).isEqualTo(401);
    }
}
