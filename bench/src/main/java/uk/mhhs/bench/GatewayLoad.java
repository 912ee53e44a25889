package uk.mhhs.bench;

import uk.mhhs.testsupport.bench.Latencies;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives HTTP posts at the gateway: closed loop (saturation) or open loop (fixed rate).
 *
 * <p>The load client shares the gateway's JVM and two cores, so it is kept cheap: each connection is a thread
 * writing a request's bytes (serialised once, up front) on a kept-alive HTTP/1.1 socket and reading the whole answer
 * (status line, headers, body by {@code Content-Length} or chunks), reconnecting when the server closes. The JDK's
 * {@code HttpClient} cost about 0.6 ms of CPU per request here, and with fewer than two cores for the common pool its
 * {@code sendAsync} starts a new thread for every response; this client costs a few tens of microseconds.
 */
final class GatewayLoad {

    /** Connections of the open loop: above the gateway's in-flight limit (64), so an overload shows as 429s. */
    private static final int OPEN_LOOP_CONNECTIONS = 96;

    /** Every request once, with at most {@code concurrency} outstanding (one connection each). */
    Result saturate(List<HttpRequest> requests, int concurrency) throws InterruptedException {
        List<Wire> wires = Wire.of(requests);
        Outcomes outcomes = new Outcomes(wires.size());
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        long clientCpu = run(concurrency, wires.get(0), connection -> {
            for (int i = next.getAndIncrement(); i < wires.size(); i = next.getAndIncrement()) {
                long sent = System.nanoTime();
                outcomes.record(connection.exchange(wires.get(i)), sent);
            }
        });
        return outcomes.result((System.nanoTime() - started) / 1e9, clientCpu);
    }

    /**
     * Open loop: request {@code i} is due at {@code start + i / rate}; its latency counts from when it was due, so a
     * slow gateway cannot hide its queueing (no coordinated omission). A request waiting for a free connection waits
     * on the clock.
     */
    Result fixedRate(List<HttpRequest> requests, int perSecond) throws InterruptedException {
        List<Wire> wires = Wire.of(requests);
        Outcomes outcomes = new Outcomes(wires.size());
        LinkedBlockingQueue<long[]> due = new LinkedBlockingQueue<>();
        long interval = 1_000_000_000L / perSecond;
        long started = System.nanoTime();
        Thread pacer = new Thread(() -> {
            for (int i = 0; i < wires.size(); i++) {
                long at = started + i * interval;
                long wait = at - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                due.add(new long[] {i, at});
            }
            for (int c = 0; c < OPEN_LOOP_CONNECTIONS; c++) {
                due.add(new long[] {-1, 0});
            }
        }, "load-pacer");
        pacer.start();
        long clientCpu = run(OPEN_LOOP_CONNECTIONS, wires.get(0), connection -> {
            for (long[] item = due.take(); item[0] >= 0; item = due.take()) {
                outcomes.record(connection.exchange(wires.get((int) item[0])), item[1]);
            }
        });
        pacer.join();
        return outcomes.result((System.nanoTime() - started) / 1e9, clientCpu);
    }

    private interface Work {
        void run(Connection connection) throws Exception;
    }

    /**
     * Runs {@code work} on {@code connections} threads, each with its own connection, and waits for them all.
     *
     * @return the CPU nanoseconds those threads used: the load client's own cost
     */
    private static long run(int connections, Wire any, Work work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(connections);
        AtomicLong cpu = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = new Connection(any.host(), any.port())) {
                    work.run(connection);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                } finally {
                    cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    done.countDown();
                }
            }, "load-connection-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        if (!failures.isEmpty()) {
            IllegalStateException failed = new IllegalStateException("load connections failed");
            failures.forEach(failed::addSuppressed);
            throw failed;
        }
        return cpu.get();
    }

    /**
     * A request as the bytes sent on the wire: its head, and its body (the request's own array where the publisher
     * hands it over whole, so that tens of thousands of pre-signed requests are not held twice).
     */
    private record Wire(String host, int port, byte[] head, byte[] body) {

        static List<Wire> of(List<HttpRequest> requests) {
            List<Wire> wires = new ArrayList<>(requests.size());
            requests.forEach(r -> wires.add(of(r)));
            return wires;
        }

        static Wire of(HttpRequest request) {
            URI uri = request.uri();
            if (!"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("the load client speaks plain HTTP only: " + uri);
            }
            byte[] body = request.bodyPublisher().map(Wire::bytesOf).orElse(new byte[0]);
            StringBuilder head = new StringBuilder(1024).append(request.method()).append(' ')
                    .append(uri.getRawPath()).append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    .append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort())
                    .append("\r\n");
            request.headers().map().forEach((name, values) -> values.forEach(value ->
                    head.append(name).append(": ").append(value).append("\r\n")));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            return new Wire(uri.getHost(), uri.getPort(), head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
        }

        private static byte[] bytesOf(HttpRequest.BodyPublisher publisher) {
            List<ByteBuffer> buffers = new ArrayList<>(1);
            CountDownLatch complete = new CountDownLatch(1);
            publisher.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    buffers.add(item);
                }

                @Override
                public void onError(Throwable throwable) {
                    complete.countDown();
                }

                @Override
                public void onComplete() {
                    complete.countDown();
                }
            });
            try {
                complete.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (buffers.size() == 1 && buffers.get(0).hasArray() && buffers.get(0).arrayOffset() == 0
                    && buffers.get(0).position() == 0 && buffers.get(0).remaining() == buffers.get(0).array().length) {
                return buffers.get(0).array();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.writeBytes(chunk);
            }
            return out.toByteArray();
        }
    }

    /** One kept-alive HTTP/1.1 connection; an exchange answers the status, or the failure's class name. */
    private static final class Connection implements AutoCloseable {
        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(String host, int port) {
            this.host = host;
            this.port = port;
        }

        String exchange(Wire request) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(host, port), 10_000);
                    socket.setSoTimeout(120_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
                }
                out.write(request.head());
                out.write(request.body());
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                return e.getClass().getSimpleName();
            }
        }

        private String readResponse() throws IOException {
            String statusLine = line();
            if (statusLine.length() < 12) {
                throw new IOException("no HTTP status line: " + statusLine);
            }
            String status = statusLine.substring(9, 12);
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closing) {
                close();
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            in.skipNBytes(bytes);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** Counts per HTTP status, and latencies of the accepted (201) ones. */
    private static final class Outcomes {
        private final Latencies accepted;
        private final ConcurrentHashMap<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();

        Outcomes(int capacity) {
            accepted = new Latencies(capacity);
        }

        void record(String status, long since) {
            long nanos = System.nanoTime() - since;
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if ("201".equals(status)) {
                accepted.record(nanos);
            }
        }

        Result result(double seconds, long clientCpuNanos) {
            return new Result(accepted.count(), seconds, accepted, new TreeMap<>(byStatus), clientCpuNanos);
        }
    }

    /**
     * @param clientCpuNanos CPU time of the load client's connection threads (part of the JVM's CPU)
     */
    record Result(int accepted, double seconds, Latencies latencies, Map<String, AtomicInteger> byStatus,
                  long clientCpuNanos) {
        double perSecond() {
            return accepted / seconds;
        }

        /** The load client's CPU milliseconds per accepted request. */
        double clientCpuMillisPerAccepted() {
            return accepted == 0 ? Double.NaN : clientCpuNanos / 1e6 / accepted;
        }
    }
}
