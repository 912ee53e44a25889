package uk.mhhs.gateway.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit, refusing on the declared length before reading anything. */
final class BoundedBody {

    /** The body is larger than allowed (HTTP 413). */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private BoundedBody() {
    }

    static byte[] read(HttpServletRequest request, long maxBytes) throws IOException, TooLarge {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new TooLarge("Content-Length " + declared + " exceeds " + maxBytes);
        }
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new TooLarge("body exceeds " + maxBytes + " bytes");
            }
            return body;
        }
    }
}
