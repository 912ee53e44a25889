package uk.mhhs.gateway.participants;

/** The API key being set is already held by another participant (each key must name exactly one). */
public class ApiKeyInUse extends RuntimeException {

    ApiKeyInUse() {
        super("the API key is already held by another participant", null, false, false);
    }
}
