package uk.mhhs.gateway.participants;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.access.OperatorToken;
import uk.mhhs.gateway.web.BodyLimit;
import uk.mhhs.gateway.web.RequestBodies;

/**
 * Onboarding: {@code POST /admin/participants} registers a participant, {@code PUT /admin/participants/{dipId}}
 * replaces one, {@code GET /admin/participants[/{dipId}]} reads them. Every call needs the header
 * {@code X-Admin-Token} equal to {@code mhhs.gateway.participants.admin-token}; without a configured token the
 * admin API answers 403 to everyone. The token is checked before the body is read; an API key it sets must pass
 * {@link SecretStrength} (400 otherwise), and the token itself too ({@link AdminTokenCheck}).
 */
@RestController
@RequestMapping("/admin/participants")
class ParticipantAdminController {

    static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";
    private static final Pattern DIP_ID = Pattern.compile("[0-9A-Za-z]{10}");
    private static final Pattern MPID = Pattern.compile("[A-Z]{4}");
    private static final Pattern ROLE = Pattern.compile("[A-Z]{3,5}");

    private final ParticipantStore store;
    private final ParticipantRegistry registry;
    private final OperatorToken adminToken;
    private final JsonMapper json;
    private final BodyLimit limit;

    ParticipantAdminController(ParticipantStore store, ParticipantRegistry registry,
                               ParticipantsProperties properties, JsonMapper json,
                               BodyLimit limit) {
        this.store = store;
        this.registry = registry;
        this.adminToken = OperatorToken.of(properties::adminToken);
        this.json = json;
        this.limit = limit;
    }

    @GetMapping
    List<ParticipantDocument> list(@RequestHeader(value = ADMIN_TOKEN_HEADER, required = false) String token) {
        requireAdmin(token);
        return store.findAll().stream().map(p -> ParticipantDocument.of(p, null)).toList();
    }

    @GetMapping("/{dipId}")
    ParticipantDocument get(@RequestHeader(value = ADMIN_TOKEN_HEADER, required = false) String token,
                            @PathVariable String dipId) {
        requireAdmin(token);
        return store.find(dipId).map(p -> ParticipantDocument.of(p, null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no participant " + dipId));
    }

    @PostMapping
    ResponseEntity<ParticipantDocument> create(
            @RequestHeader(value = ADMIN_TOKEN_HEADER, required = false) String token,
            HttpServletRequest request) throws IOException {
        requireAdmin(token);
        ParticipantDocument document = read(request);
        String apiKey = document.apiKey() == null ? ApiKeys.generate() : strong(document.apiKey());
        StoredParticipant participant = toStored(document.dipId(), document, ApiKeys.hash(apiKey));
        if (!store.insert(participant)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "participant " + document.dipId() + " exists");
        }
        registry.refresh();
        return ResponseEntity.status(HttpStatus.CREATED).body(ParticipantDocument.of(participant, apiKey));
    }

    @PutMapping("/{dipId}")
    ParticipantDocument replace(@RequestHeader(value = ADMIN_TOKEN_HEADER, required = false) String token,
                                @PathVariable String dipId, HttpServletRequest request) throws IOException {
        requireAdmin(token);
        ParticipantDocument document = read(request);
        StoredParticipant existing = store.find(dipId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no participant " + dipId));
        String apiKeyHash = document.apiKey() == null ? existing.apiKeySha256()
                : ApiKeys.hash(strong(document.apiKey()));
        StoredParticipant participant = toStored(dipId, document.keepingOmittedFrom(existing), apiKeyHash);
        store.update(participant);
        registry.refresh();
        return ParticipantDocument.of(participant, document.apiKey());
    }

    // Two participants with one key would make the key name either of them: the store refuses it, and that is
    // the caller's conflict to resolve, not a server error.
    @ExceptionHandler(ApiKeyInUse.class)
    ResponseEntity<String> apiKeyInUse(ApiKeyInUse e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<String> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(e.getMessage());
    }

    // Read only once the token is known good: a stranger's body is never parsed.
    private ParticipantDocument read(HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request, limit);
        require(body.length > 0, "a participant document is required");
        ParticipantDocument document;
        try {
            document = json.readValue(body, ParticipantDocument.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a participant document: " + e.getOriginalMessage(), e);
        }
        // a body of JSON null reads as no document (HostileRequestsTest: it was a 500)
        require(document != null, "a participant document is required");
        return document;
    }

    private static String strong(String apiKey) {
        SecretStrength.weakness(apiKey, "apiKey").ifPresent(weakness -> {
            throw new IllegalArgumentException(weakness);
        });
        return apiKey;
    }

    private void requireAdmin(String token) {
        if (!adminToken.accepts(token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "admin token required");
        }
    }

    private static StoredParticipant toStored(String dipId, ParticipantDocument d, String apiKeyHash) {
        require(dipId != null && DIP_ID.matcher(dipId).matches(), "dipId must be 10 letters or digits");
        require(d.dipId() == null || d.dipId().equals(dipId), "dipId in the body differs from the path");
        require(d.mpid() == null || MPID.matcher(d.mpid()).matches(), "mpid must be 4 capital letters");
        require(d.name() != null && !d.name().isBlank(), "name is required");
        List<RoleAssignment> roles = d.roles() == null ? List.of() : d.roles();
        roles.forEach(r -> require(r.role() != null && ROLE.matcher(r.role()).matches(),
                "role must be 3-5 capital letters: " + r.role()));
        if (d.certificatePem() != null) {
            SigningCertificate.fromPem(d.certificatePem());
        }
        Set<String> providerFor = d.connectionProviderFor() == null ? Set.of() : d.connectionProviderFor();
        providerFor.forEach(id -> require(DIP_ID.matcher(id).matches(), "connectionProviderFor: bad DIP ID " + id));
        return new StoredParticipant(dipId, d.mpid(), d.name(), roles, d.certificatePem(), apiKeyHash, providerFor,
                d.active() == null || d.active());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
