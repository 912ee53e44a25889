package uk.mhhs.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.mhhs.common.signature.DipSigner;
import uk.mhhs.gateway.webhooks.HostResolver;
import uk.mhhs.gateway.webhooks.WebhookPolicy;
import uk.mhhs.gateway.webhooks.WebhookRules;
import uk.mhhs.testsupport.TestCertificates;

/**
 * Real calls to a real server on 127.0.0.1 through the caller's real HTTP client; only the name server is the
 * test's, so that a host name can resolve to 127.0.0.1 (or change its answer) as an attacker's DNS would.
 */
class WebhookCallerTest {

    private static final byte[] BODY = "[]".getBytes();

    private final WebhookServer webhook = WebhookServer.start();

    @AfterEach
    void stop() {
        webhook.close();
    }

    @Test
    void connects_only_to_the_addresses_the_policy_resolved() throws Exception {
        // hooks.example.test exists only in the test's name server, which points it at the local webhook
        try (WebhookCaller caller = caller(new WebhookRules(true, false, 65536),
                host -> new InetAddress[] {InetAddress.getLoopbackAddress()})) {

            var call = caller.post(URI.create("http://hooks.example.test:" + port() + "/hook"), BODY);

            assertThat(call.statusCode()).as(call.error()).isEqualTo(201);
            assertThat(webhook.received()).hasSize(1);
        }
    }

    @Test
    void refuses_a_name_whose_DNS_answer_changed_to_a_loopback_address_after_registration() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> new InetAddress[] {lookups.getAndIncrement() == 0
                ? InetAddress.getByName("93.184.215.14") : InetAddress.getLoopbackAddress()};
        WebhookRules rules = new WebhookRules(false, false, 65536);
        URI url = URI.create("http://rebind.example.test:" + port() + "/hook");
        try (WebhookCaller caller = caller(rules, rebinding)) {

            var atRegistration = new WebhookPolicy(rules, rebinding).refusal(url);
            var call = caller.post(url, BODY);

            assertThat(atRegistration).isEmpty();
            assertThat(call.statusCode()).isNull();
            assertThat(call.error()).isEqualTo("refused: rebind.example.test resolves to 127.0.0.1, a loopback "
                    + "address, which webhooks may not use");
            assertThat(webhook.received()).isEmpty();
        }
    }

    @Test
    void refuses_plain_http_when_https_is_required_without_connecting() throws Exception {
        try (WebhookCaller caller = caller(new WebhookRules(true, true, 65536), HostResolver.SYSTEM)) {

            var call = caller.post(URI.create(webhook.url("/hook")), BODY);

            assertThat(call.statusCode()).isNull();
            assertThat(call.error()).startsWith("refused: callbackURL must be https");
            assertThat(webhook.received()).isEmpty();
        }
    }

    @Test
    void reads_at_most_the_configured_part_of_an_error_answer() throws Exception {
        webhook.answering(500).answeringEndlessly();
        try (WebhookCaller caller = caller(new WebhookRules(true, false, 100), HostResolver.SYSTEM)) {

            var call = caller.post(URI.create(webhook.url("/hook")), BODY);

            assertThat(call.statusCode()).isEqualTo(500);
            // "HTTP 500: " and the first 100 bytes (spaces) of the answer
            assertThat(call.error()).isEqualTo("HTTP 500: " + " ".repeat(100));
        }
    }

    private int port() {
        return URI.create(webhook.baseUrl()).getPort();
    }

    private static WebhookCaller caller(WebhookRules rules, HostResolver resolver) throws UnknownHostException {
        var credential = TestCertificates.selfSigned("dip-gateway-caller-test");
        return new WebhookCaller(new WebhookPolicy(rules, resolver),
                new DipSigner(credential.privateKey(), credential.certificate(), Clock.systemUTC()),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 2, Clock.systemUTC());
    }
}
