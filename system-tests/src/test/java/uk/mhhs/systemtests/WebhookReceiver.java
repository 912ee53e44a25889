package uk.mhhs.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The participants' webhooks: one plain HTTP server on loopback, {@code /webhook/<DIP ID>} per participant. Every
 * PUB the gateway pushes is kept with whether its signature is the gateway's: content hash of the exact body, RSA
 * SHA-256 over {@code POST;<callback URL in lower case>;<date>;<hash>} checked with the certificate in the
 * {@code X-DIP-Signature-Certificate} header, and that certificate being the gateway's signing certificate (read
 * from the suite's home). Checked here with the JDK only, not with the gateway's own code.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One PUB as a recipient got it. */
    record Delivery(String recipient, JsonNode payload, boolean signedByGateway, String signatureProblem) {

        String interfaceId() {
            return payload.path("CommonBlock").path("S0").path("interfaceID").asString();
        }

        String eventCode() {
            return payload.path("CommonBlock").path("S0").path("eventCode").asString();
        }

        JsonNode custom() {
            return payload.path("CustomBlock");
        }

        String mpan() {
            return payload.path("CommonBlock").path("M0").path("MPANCore").asString();
        }

        /** {@code CustomBlock.<block>.<field>} as text (null when absent). */
        String field(String block, String field) {
            JsonNode node = custom().path(block).path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        /** R0's messages, e.g. {@code ["RCP1009 - ..."]}. */
        List<String> responseMessages() {
            return payload.path("CommonBlock").path("R0").path("responseMessages").values().stream()
                    .map(JsonNode::asString).toList();
        }

        /** R0's response code, for the interfaces that carry one. */
        String responseCode() {
            return payload.path("CommonBlock").path("R0").path("responseCode").asString();
        }

        @Override
        public String toString() {
            return recipient + " " + interfaceId() + " " + eventCode() + (signedByGateway ? "" : " UNSIGNED: "
                    + signatureProblem);
        }
    }

    private final HttpServer server;
    private final Path gatewayCertificate;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    /** @param gatewayCertificate the gateway's signing certificate (PEM), read at the first delivery */
    WebhookReceiver(Path gatewayCertificate) throws IOException {
        this.gatewayCertificate = gatewayCertificate;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhook/", this::receive);
        server.start();
    }

    /** The callback URL of {@code dipId}. */
    String url(String dipId) {
        return "http://localhost:" + server.getAddress().getPort() + "/webhook/" + dipId;
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The first PUB of {@code interfaceId} {@code eventCode} pushed to {@code recipient}, if one has come. */
    Optional<Delivery> find(String recipient, String interfaceId, String eventCode) {
        return deliveries.stream().filter(d -> d.recipient().equals(recipient) && d.interfaceId().equals(interfaceId)
                && d.eventCode().equals(eventCode)).findFirst();
    }

    /** The first PUB of {@code interfaceId} {@code eventCode} about {@code mpan} pushed to {@code recipient}. */
    Optional<Delivery> find(String recipient, String interfaceId, String eventCode, String mpan) {
        return deliveries.stream().filter(d -> d.recipient().equals(recipient) && d.interfaceId().equals(interfaceId)
                && d.eventCode().equals(eventCode) && d.mpan().equals(mpan)).findFirst();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String recipient = exchange.getRequestURI().getPath().substring("/webhook/".length());
            String problem = signatureProblem(url(recipient), body, exchange);
            for (JsonNode element : JsonMapper.shared().readTree(body)) {
                deliveries.add(new Delivery(recipient, element.path("payload"), problem == null, problem));
            }
            exchange.sendResponseHeaders(200, -1);
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    /** Why the call is not signed by the gateway, or null when it is. */
    private String signatureProblem(String url, byte[] body, HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        String date = headers.getFirst("X-DIP-Signature-Date");
        String hash = headers.getFirst("X-DIP-Content-Hash");
        String signature = headers.getFirst("X-DIP-Signature");
        String certificate = headers.getFirst("X-DIP-Signature-Certificate");
        if (date == null || hash == null || signature == null || certificate == null) {
            return "signature headers missing";
        }
        try {
            String expectedHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
            if (!expectedHash.equals(hash)) {
                return "content hash " + hash + " is not the body's " + expectedHash;
            }
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            X509Certificate sent = (X509Certificate) x509.generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
            X509Certificate gateway = (X509Certificate) x509.generateCertificate(
                    new ByteArrayInputStream(Files.readAllBytes(gatewayCertificate)));
            if (!sent.equals(gateway)) {
                return "signed with " + sent.getSubjectX500Principal() + ", not the gateway's certificate";
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(sent.getPublicKey());
            rsa.update(("POST;" + url.toLowerCase(Locale.ROOT) + ";" + date + ";" + hash)
                    .getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getDecoder().decode(signature)) ? null : "signature does not verify";
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
