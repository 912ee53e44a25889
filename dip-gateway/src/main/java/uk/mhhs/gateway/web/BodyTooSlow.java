package uk.mhhs.gateway.web;

import java.io.IOException;
import java.time.Duration;

/**
 * A request body still arriving after {@code mhhs.gateway.max-body-read-time}: thrown while reading, so that no more
 * of it is read. {@link BodyLimitAdvice} answers it with 408 wherever it surfaces.
 */
public class BodyTooSlow extends IOException {

    public BodyTooSlow(Duration maxReadTime) {
        super("the request body took longer than " + maxReadTime + " to arrive");
    }
}
