package uk.mhhs.gateway.web;

/**
 * The largest request body any endpoint of the participants' port reads ({@code mhhs.gateway.max-body-bytes}).
 *
 * @param maxBytes at least 1
 */
public record BodyLimit(long maxBytes) {

    public BodyLimit {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("mhhs.gateway.max-body-bytes must be at least 1, not " + maxBytes);
        }
    }
}
