package uk.mhhs.gateway.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import uk.mhhs.gateway.web.BodyLimit;
import uk.mhhs.gateway.web.BodyTooSlow;

/**
 * Reads a request body up to the size limit, refusing on the declared length before reading anything, and within the
 * read-time limit (checked after each read, so a client trickling bytes is refused once the time has passed; one that
 * sends nothing is cut off by the container's read time-out).
 */
final class BoundedBody {

    /** The body is larger than allowed (HTTP 413). */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private static final int CHUNK = 16 * 1024;

    private BoundedBody() {
    }

    static byte[] read(HttpServletRequest request, BodyLimit limit, long deadline)
            throws IOException, TooLarge, BodyTooSlow {
        long maxBytes = limit.maxBytes();
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw new TooLarge("Content-Length " + declared + " exceeds " + maxBytes);
        }
        int max = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        // A declared length sizes the buffer at once; otherwise it grows as the body comes
        byte[] buffer = new byte[declared >= 0 ? (int) declared + 1 : Math.min(max + 1, CHUNK)];
        int length = 0;
        try (InputStream in = request.getInputStream()) {
            while (true) {
                if (length == buffer.length) {
                    if (length > max) {
                        break;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) max + 1, Math.max(CHUNK, 2L * length)));
                }
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
                if (length > max) {
                    throw new TooLarge("body exceeds " + maxBytes + " bytes");
                }
                limit.checkDeadline(deadline);
            }
        }
        if (length > max) {
            throw new TooLarge("body exceeds " + maxBytes + " bytes");
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }
}
