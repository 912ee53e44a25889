package uk.mhhs.gateway.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * An HTTP/1.1 connection written by hand, for what a well-behaved client cannot do: send headers and then stall, or
 * send a body bit by bit.
 */
public final class RawHttpConnection implements AutoCloseable {

    /** What came back: the bytes read, and whether the server closed the connection. */
    public record Answer(String text, boolean closed) {

        /** The status of the response, or -1 if none came. */
        public int status() {
            return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
        }
    }

    private final Socket socket;

    private RawHttpConnection(Socket socket) {
        this.socket = socket;
    }

    public static RawHttpConnection open(int port) {
        try {
            return new RawHttpConnection(new Socket("localhost", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request head; the body, if any, is up to the caller. */
    public RawHttpConnection head(String method, String path, Map<String, String> headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return send(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawHttpConnection send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code bytes} as one chunk of a chunked body (without the last, empty chunk). */
    public RawHttpConnection chunk(byte[] bytes) {
        send((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        send(bytes);
        return send("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Reads until the server closes the connection or {@code wait} passes without a byte.
     *
     * @return what was read, and whether the server closed (end of stream or reset)
     */
    public Answer read(Duration wait) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            socket.setSoTimeout((int) wait.toMillis());
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
                String text = read.toString(StandardCharsets.ISO_8859_1);
                if (responseComplete(text)) {
                    // Connection: close is the server's word that it closes after this response
                    return new Answer(text, text.toLowerCase(java.util.Locale.ROOT).contains("\r\nconnection: close"));
                }
            }
            return new Answer(read.toString(StandardCharsets.ISO_8859_1), true);
        } catch (SocketTimeoutException e) {
            return new Answer(read.toString(StandardCharsets.ISO_8859_1), false);
        } catch (SocketException reset) {
            return new Answer(read.toString(StandardCharsets.ISO_8859_1), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A response head that says there is no body, or one whose declared length has arrived.
    private static boolean responseComplete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length: ");
        if (at < 0) {
            return !head.contains("transfer-encoding: chunked") || text.endsWith("\r\n0\r\n\r\n");
        }
        int length = Integer.parseInt(head.substring(at + 16).split("\r\n")[0].trim());
        return text.length() - end - 4 >= length;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing to do
        }
    }
}
