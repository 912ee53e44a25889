package uk.mhhs.registration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.access.OperatorToken;

import java.util.Optional;

/**
 * The operator endpoints' check of {@value #HEADER} against {@code mhhs.registration.operator-token} (the kit's
 * {@link OperatorToken}: constant-time, every call refused while the token is blank), answered in REGS's words.
 */
@Component
public class OperatorAccess {

    public static final String HEADER = "X-REG-Operator-Token";

    private final OperatorToken token;

    public OperatorAccess(RegistrationProperties properties) {
        this.token = OperatorToken.of(properties::operatorToken);
    }

    /** Empty if {@code token} is right, else the 401 answer to return. */
    public Optional<ResponseEntity<RegError>> refuse(String token) {
        return this.token.accepts(token) ? Optional.empty() : Optional.of(ResponseEntity.status(
                HttpStatus.UNAUTHORIZED).body(new RegError(null, "operator token missing or wrong",
                "send the configured mhhs.registration.operator-token in " + HEADER)));
    }
}
