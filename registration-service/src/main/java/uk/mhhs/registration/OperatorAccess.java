package uk.mhhs.registration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The operator endpoints' check of {@value #HEADER} against {@code mhhs.registration.operator-token} (constant-time
 * compare; every call is refused while the token is blank).
 */
@Component
public class OperatorAccess {

    public static final String HEADER = "X-REG-Operator-Token";

    private final RegistrationProperties properties;

    public OperatorAccess(RegistrationProperties properties) {
        this.properties = properties;
    }

    /** Empty if {@code token} is right, else the 401 answer to return. */
    public Optional<ResponseEntity<RegError>> refuse(String token) {
        String expected = properties.operatorToken();
        boolean ok = expected != null && !expected.isBlank() && token != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        return ok ? Optional.empty() : Optional.of(ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(new RegError(
                null, "operator token missing or wrong",
                "send the configured mhhs.registration.operator-token in " + HEADER)));
    }
}
