package uk.mhhs.dataservice;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import uk.mhhs.dipclient.access.OperatorToken;

import java.util.Map;

/**
 * The data service's operator and collector endpoints check {@value #HEADER} against
 * {@code mhhs.data-service.operator-token} (the kit's {@link OperatorToken}: constant time, all refused while blank).
 */
@Component
public class OperatorAccess {

    public static final String HEADER = "X-DS-Operator-Token";

    private final OperatorToken token;

    public OperatorAccess(DataServiceProperties properties) {
        this.token = OperatorToken.of(properties.operatorToken());
    }

    public boolean accepts(String given) {
        return token.accepts(given);
    }

    /** The 401 answer. */
    public <T> ResponseEntity<T> refusal() {
        @SuppressWarnings("unchecked")
        T body = (T) Map.of("error", "operator token missing or wrong",
                "hint", "send the configured mhhs.data-service.operator-token in " + HEADER);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(body);
    }
}
