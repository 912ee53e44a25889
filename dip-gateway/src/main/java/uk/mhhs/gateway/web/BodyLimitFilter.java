package uk.mhhs.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One body limit for every endpoint, applied before and while reading: a declared {@code Content-Length} over the
 * limit is answered 413 before a byte of the body is read; any other body (chunked, or longer than declared) is
 * read through a stream that throws {@link BodyTooLarge} once it passes the limit, and {@link BodyTooSlow} once it
 * is still arriving {@code max-body-read-time} after the request came. Registered ahead of every
 * filter that could read a body ({@link WebConfiguration}).
 */
class BodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

    private final BodyLimit limit;
    private final long maxBytes;

    BodyLimitFilter(BodyLimit limit) {
        this.limit = limit;
        this.maxBytes = limit.maxBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            log.info("Refused {} {}: Content-Length {} exceeds {}", request.getMethod(), request.getRequestURI(),
                    declared, maxBytes);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** The request with its body readable only up to the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final BodyLimit limit;
        private final long deadline;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, BodyLimit limit) {
            super(request);
            this.limit = limit;
            this.deadline = limit.deadlineFromNow();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit, deadline);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Counts what is read and fails once more than the limit came, or once reading has taken too long. */
    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final BodyLimit limit;
        private final long maxBytes;
        private final long deadline;
        private long read;

        LimitedInputStream(ServletInputStream in, BodyLimit limit, long deadline) {
            this.in = in;
            this.limit = limit;
            this.maxBytes = limit.maxBytes();
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never asks for more than one byte past the limit, so an oversized body is not read further.
            long allowed = maxBytes - read + 1;
            int n = in.read(buffer, offset, (int) Math.min(length, Math.max(allowed, 1)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
            limit.checkDeadline(deadline);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
