package uk.mhhs.gateway.hostile;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import uk.mhhs.gateway.delivery.DeliveryTestBase;
import uk.mhhs.gateway.delivery.TestParticipants;
import uk.mhhs.gateway.web.RawHttpConnection;
import uk.mhhs.testsupport.TestCertificates;
import uk.mhhs.testsupport.TestKafka;
import uk.mhhs.testsupport.dip.DipRequestSigner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends the {@link HostileCorpus} to the gateway over raw HTTP/1.1 (so malformed paths and announced sizes reach the
 * server as written) and checks that each entry gets the status and code the README documents, never a 5xx, and that
 * none changed anything: the row count of every table of schema {@code dip} and the end offset of every topic are the
 * same after the corpus as before. The ingress archive is left out of that comparison: a signed post is archived
 * before it is validated, refusals included (the archive-then-validate order), and that is the one effect a refused
 * post is meant to have.
 */
class HostileRequestsTest extends DeliveryTestBase {

    private static final String ADMIN_TOKEN = "test-admin-token-7Qm2xV9pLk4sRt8Wz";
    private static final Pattern CODE = Pattern.compile("\"message\"\\s*:\\s*\"((?:MSG|RCP)\\d{4})");
    private static final Duration ANSWER = Duration.ofSeconds(10);

    @Test
    void every_hostile_request_gets_its_documented_4xx_and_changes_nothing() throws Exception {
        TestParticipants.Caller self = participants.register("SDS", "SUP");
        TestParticipants.Caller other = participants.register("SUP");
        List<HostileRequest> corpus = HostileCorpus.of(self.dipId(), other.dipId());
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        Map<String, Long> before = state();

        List<String> wrong = new ArrayList<>();
        for (HostileRequest request : corpus) {
            RawHttpConnection.Answer answer = send(request, self);
            int status = answer.status();
            Matcher code = CODE.matcher(answer.text());
            String actualCode = code.find() ? code.group(1) : null;
            boolean statusRight = request.statuses().contains(status);
            boolean codeRight = request.code() == null || status == 200 && actualCode == null
                    || actualCode != null && Arrays.asList(request.code().split("\\|")).contains(actualCode);
            if (status >= 500 || !statusRight || !codeRight) {
                wrong.add(request + " → " + status + " " + actualCode + ": " + firstLines(answer.text()));
            }
        }

        assertThat(wrong).as("entries answered otherwise than documented (of %d)", corpus.size()).isEmpty();
        assertThat(state()).as("rows of every dip table but the archive, end offset of every topic").isEqualTo(before);
    }

    private RawHttpConnection.Answer send(HostileRequest request, TestParticipants.Caller self) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Connection", "close");
        if (request.contentType() != null) {
            headers.put("Content-Type", request.contentType());
        }
        headers.put("Content-Length", Long.toString(request.declaredLength() >= 0 ? request.declaredLength()
                : request.body().length));
        // what the gateway sees: RawHttpConnection sends "Host: localhost", so the URL signed has no port
        String url = "http://localhost" + request.path();
        switch (request.caller()) {
            case ANONYMOUS, ADMIN_NO_TOKEN -> { }
            case UNKNOWN_KEY -> headers.put("X-API-Key", "k".repeat(20) + System.nanoTime());
            case KEY_UNSIGNED -> headers.put("X-API-Key", self.apiKey());
            case KEY_FORGED_SIGNATURE -> {
                headers.put("X-API-Key", self.apiKey());
                TestCertificates.Credential mallory = TestCertificates.selfSigned("mallory");
                headers.putAll(new DipRequestSigner(mallory.privateKey(), mallory.certificatePem())
                        .sign(request.method(), url, request.body()));
            }
            case KEY_SIGNATURE_OF_OTHER_BODY -> {
                headers.put("X-API-Key", self.apiKey());
                headers.putAll(signer(self).sign(request.method(), url,
                        "{\"signed\":\"other bytes\"}".getBytes(StandardCharsets.UTF_8)));
            }
            case SIGNED -> {
                headers.put("X-API-Key", self.apiKey());
                headers.putAll(signer(self).sign(request.method(), url, request.body()));
            }
            case ADMIN_WRONG_TOKEN -> headers.put("X-Admin-Token", ADMIN_TOKEN + "x");
            case ADMIN -> headers.put("X-Admin-Token", ADMIN_TOKEN);
        }
        try (RawHttpConnection connection = RawHttpConnection.open(port)) {
            connection.head(request.method(), request.path(), headers);
            if (request.declaredLength() < 0 && request.body().length > 0) {
                connection.send(request.body());
            }
            return connection.read(ANSWER);
        }
    }

    private static DipRequestSigner signer(TestParticipants.Caller caller) {
        return new DipRequestSigner(caller.credential().privateKey(), caller.credential().certificatePem());
    }

    /** Row counts of schema dip's tables (but the archive) and end offsets of every topic. */
    private Map<String, Long> state() throws Exception {
        Map<String, Long> state = new TreeMap<>();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = 'dip' and table_type = 'BASE TABLE' and table_name <> 'ingress_archive'""",
                String.class)) {
            state.put("dip." + table, jdbc.queryForObject("select count(*) from dip." + table, Long.class));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.instance().bootstrapServers()))) {
            var topics = admin.describeTopics(admin.listTopics().names().get()).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> ends = topics.values().stream().flatMap(t -> t.partitions().stream()
                            .map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            admin.listOffsets(ends).all().get().forEach((tp, info) -> state.put(tp.toString(), info.offset()));
        }
        return state;
    }

    private static String firstLines(String text) {
        String[] lines = text.split("\r\n");
        String body = text.contains("\r\n\r\n") ? text.substring(text.indexOf("\r\n\r\n") + 4) : "";
        return lines[0] + " " + (body.length() > 300 ? body.substring(0, 300) : body);
    }
}
