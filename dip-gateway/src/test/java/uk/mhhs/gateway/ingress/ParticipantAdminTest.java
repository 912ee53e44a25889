package uk.mhhs.gateway.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;
import uk.mhhs.gateway.participants.ApiKeys;
import uk.mhhs.gateway.participants.ParticipantRegistry;
import uk.mhhs.testsupport.TestCertificates;

/** Onboarding through {@code /admin/participants}: token-protected, API keys stored only as hashes. */
@GatewayIntegrationTest
class ParticipantAdminTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ParticipantRegistry registry;

    @Test
    void registers_reads_and_replaces_a_participant_and_never_shows_or_stores_its_API_key() {
        IngressFixture fixture = new IngressFixture(port);
        String dipId = IngressFixture.newDipId();
        String pem = TestCertificates.selfSigned(dipId).certificatePem();

        HttpResponse<String> created = fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + dipId
                + "\",\"mpid\":\"ABCD\",\"name\":\"Alpha\",\"roles\":[{\"role\":\"SUP\",\"effectiveFrom\":\"2024-01-01\"}],"
                + "\"certificatePem\":" + quoted(pem) + "}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String apiKey = IngressFixture.json(created.body()).get("apiKey").stringValue();
        assertThat(apiKey).hasSizeGreaterThan(30);
        assertThat(registry.findByApiKey(apiKey)).hasValueSatisfying(p -> assertThat(p.dipId()).isEqualTo(dipId));
        assertThat(jdbc.queryForObject("select api_key_sha256 from dip.participant where dip_id = ?", String.class,
                dipId)).isEqualTo(ApiKeys.hash(apiKey)).doesNotContain(apiKey);

        JsonNode read = IngressFixture.json(fixture.admin("GET", "/admin/participants/" + dipId, null).body());
        assertThat(read.has("apiKey")).isFalse();
        assertThat(read.get("hasApiKey").booleanValue()).isTrue();
        assertThat(read.get("roles").get(0).get("effectiveFrom").stringValue()).isEqualTo("2024-01-01");

        HttpResponse<String> replaced = fixture.admin("PUT", "/admin/participants/" + dipId, "{\"mpid\":\"ABCD\","
                + "\"name\":\"Alpha\",\"roles\":[{\"role\":\"SUP\"},{\"role\":\"LDSO\"}],\"active\":false}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(registry.findByDipId(dipId)).isEmpty();
        assertThat(fixture.admin("GET", "/admin/participants", null).body()).contains(dipId);
    }

    @Test
    void refuses_the_admin_API_without_the_admin_token() {
        HttpResponse<String> response = IngressFixture.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/admin/participants")).header("X-Admin-Token", "guess")
                .build());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void refuses_a_participant_with_a_malformed_DIP_ID() {
        HttpResponse<String> response = new IngressFixture(port).admin("POST", "/admin/participants",
                "{\"dipId\":\"123\",\"name\":\"Short\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("dipId must be 10");
    }

    @Test
    void refuses_an_API_key_another_participant_holds_with_409_on_create_and_on_update() {
        IngressFixture fixture = new IngressFixture(port);
        String holder = IngressFixture.newDipId();
        String apiKey = "shared-key-" + holder + "-" + IngressFixture.strongSuffix();
        assertThat(fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + holder
                + "\",\"name\":\"Holder\",\"apiKey\":\"" + apiKey + "\"}").statusCode()).isEqualTo(201);

        String other = IngressFixture.newDipId();
        HttpResponse<String> created = fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + other
                + "\",\"name\":\"Other\",\"apiKey\":\"" + apiKey + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(409);
        assertThat(created.body()).isEqualTo("the API key is already held by another participant");
        assertThat(jdbc.queryForObject("select count(*) from dip.participant where dip_id = ?", Integer.class, other))
                .isZero();

        assertThat(fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + other
                + "\",\"name\":\"Other\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> updated = fixture.admin("PUT", "/admin/participants/" + other,
                "{\"apiKey\":\"" + apiKey + "\"}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(409);
        assertThat(updated.body()).isEqualTo("the API key is already held by another participant");
        assertThat(registry.findByApiKey(apiKey)).hasValueSatisfying(p -> assertThat(p.dipId()).isEqualTo(holder));
    }

    @Test
    void keeps_the_stored_value_of_every_field_an_update_omits() {
        IngressFixture fixture = new IngressFixture(port);
        String dipId = IngressFixture.newDipId();
        String provided = IngressFixture.newDipId();
        String pem = TestCertificates.selfSigned(dipId).certificatePem();
        assertThat(fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + dipId
                + "\",\"mpid\":\"ABCD\",\"name\":\"Alpha\",\"roles\":[{\"role\":\"SUP\"}],"
                + "\"certificatePem\":" + quoted(pem) + ",\"connectionProviderFor\":[\"" + provided + "\"],"
                + "\"active\":false}").statusCode()).isEqualTo(201);
        String keyHash = jdbc.queryForObject("select api_key_sha256 from dip.participant where dip_id = ?",
                String.class, dipId);

        HttpResponse<String> renamed = fixture.admin("PUT", "/admin/participants/" + dipId, "{\"name\":\"Beta\"}");

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        JsonNode read = IngressFixture.json(fixture.admin("GET", "/admin/participants/" + dipId, null).body());
        assertThat(read.get("name").stringValue()).isEqualTo("Beta");
        assertThat(read.get("mpid").stringValue()).isEqualTo("ABCD");
        assertThat(read.get("roles").get(0).get("role").stringValue()).isEqualTo("SUP");
        assertThat(read.get("roles")).hasSize(1);
        assertThat(read.get("certificatePem").stringValue()).isEqualTo(pem);
        assertThat(read.get("connectionProviderFor").get(0).stringValue()).isEqualTo(provided);
        assertThat(read.get("active").booleanValue()).isFalse();
        assertThat(jdbc.queryForObject("select api_key_sha256 from dip.participant where dip_id = ?", String.class,
                dipId)).isEqualTo(keyHash);
    }

    @Test
    void refuses_a_weak_API_key_with_400_and_the_rule_on_create_and_on_update() {
        IngressFixture fixture = new IngressFixture(port);
        String dipId = IngressFixture.newDipId();
        // "local-<DIP ID>" is 16 characters; 40 times "ab" is long enough but has 2 different characters
        HttpResponse<String> tooShort = fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + dipId
                + "\",\"name\":\"Weak\",\"apiKey\":\"local-" + dipId + "\"}");
        assertThat(tooShort.statusCode()).as(tooShort.body()).isEqualTo(400);
        assertThat(tooShort.body()).isEqualTo("apiKey must be at least 32 characters long, not 16");
        HttpResponse<String> repetitive = fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + dipId
                + "\",\"name\":\"Weak\",\"apiKey\":\"" + "ab".repeat(20) + "\"}");
        assertThat(repetitive.statusCode()).as(repetitive.body()).isEqualTo(400);
        assertThat(repetitive.body()).isEqualTo("apiKey must hold at least 8 different characters, not 2");
        HttpResponse<String> spaced = fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + dipId
                + "\",\"name\":\"Weak\",\"apiKey\":\"correct horse battery staple and more\"}");
        assertThat(spaced.statusCode()).as(spaced.body()).isEqualTo(400);
        assertThat(spaced.body()).isEqualTo("apiKey may hold only printable ASCII characters, without spaces");
        assertThat(jdbc.queryForObject("select count(*) from dip.participant where dip_id = ?", Integer.class, dipId))
                .isZero();

        String strong = "key-" + dipId + "-" + IngressFixture.strongSuffix();
        assertThat(fixture.admin("POST", "/admin/participants", "{\"dipId\":\"" + dipId
                + "\",\"name\":\"Strong\",\"apiKey\":\"" + strong + "\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> weakened = fixture.admin("PUT", "/admin/participants/" + dipId,
                "{\"apiKey\":\"" + "x".repeat(32) + "\"}");
        assertThat(weakened.statusCode()).as(weakened.body()).isEqualTo(400);
        assertThat(weakened.body()).isEqualTo("apiKey must hold at least 8 different characters, not 1");
        assertThat(registry.findByApiKey(strong)).hasValueSatisfying(p -> assertThat(p.dipId()).isEqualTo(dipId));
    }

    @Test
    void refuses_an_admin_request_without_a_body_with_400() {
        HttpResponse<String> response = new IngressFixture(port).admin("POST", "/admin/participants", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("a participant document is required");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\n", "\\n") + '"';
    }
}
