package uk.mhhs.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to {@link BodyLimit}, refusing on the declared length before reading anything. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body limit filter bounds the stream already; this bounds it again so that a caller outside the filter
     * (a test, a forward) cannot read more.
     *
     * @return the exact body bytes, empty for none
     * @throws BodyTooLarge if the body is longer than the limit (declared or as read)
     */
    public static byte[] read(HttpServletRequest request, BodyLimit limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.maxBytes()) {
            throw new BodyTooLarge(limit.maxBytes());
        }
        int max = (int) Math.min(limit.maxBytes(), Integer.MAX_VALUE - 16);
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw new BodyTooLarge(limit.maxBytes());
            }
            return body;
        }
    }
}
