package uk.mhhs.gateway.web;

import java.io.IOException;

/**
 * A request body longer than {@code mhhs.gateway.max-body-bytes}: thrown while reading, so that no more of it is
 * read. An {@link IOException} because it comes out of the request's input stream; {@link BodyLimitAdvice} answers
 * it with 413 wherever it surfaces.
 */
public class BodyTooLarge extends IOException {

    public BodyTooLarge(long maxBytes) {
        super("the request body exceeds " + maxBytes + " bytes");
    }
}
