package uk.mhhs.testsupport.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loads a page in headless Chromium (Debian's {@code chromium}, installed here and by {@code .ci/run}) and returns the
 * DOM once its scripts have run: {@code --dump-dom} after {@code --virtual-time-budget}, which lets timers and fetches
 * finish before the DOM is written. Each load has a fresh profile, so nothing (sessionStorage, cache) carries over.
 *
 * <p>A missing browser fails the test with what to install: a page test that skips itself would pass a build that
 * never looked at the page.
 */
public final class HeadlessChromium {

    /** Environment variable naming another Chromium binary. */
    public static final String BINARY_ENV = "CHROMIUM";
    private static final Path DEFAULT_BINARY = Paths.get("/usr/bin/chromium");
    private static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(3);

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser at {@code $CHROMIUM} or {@code /usr/bin/chromium}; fails clearly when there is none. */
    public static HeadlessChromium installed() {
        String configured = System.getenv(BINARY_ENV);
        return at(configured == null || configured.isBlank() ? DEFAULT_BINARY : Paths.get(configured));
    }

    /** The browser at {@code binary}; fails clearly when it is not there. */
    public static HeadlessChromium at(Path binary) {
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("Chromium not found at " + binary + ": the page tests need it. Install"
                    + " Debian's chromium package (apt-get install chromium; .ci/run does this in CI) or set "
                    + BINARY_ENV + " to a Chromium binary.");
        }
        return new HeadlessChromium(binary);
    }

    /** The DOM of {@code url} after at most {@code budget} of the page's (virtual) time. */
    public String dumpDom(String url, Duration budget) {
        Path profile = null;
        Path log = null;
        try {
            profile = Files.createTempDirectory("chromium-profile");
            log = Files.createTempFile("chromium", ".log");
            Process process = new ProcessBuilder(List.of(binary.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--virtual-time-budget=" + budget.toMillis(), "--dump-dom", url))
                    .redirectError(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            // read stdout while the browser runs: a DOM larger than the pipe's buffer would otherwise block it
            byte[] dom = process.getInputStream().readAllBytes();
            if (!process.waitFor(PROCESS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish loading " + url + " within "
                        + PROCESS_TIMEOUT);
            }
            if (process.exitValue() != 0 || dom.length == 0) {
                throw new IllegalStateException("Chromium exited " + process.exitValue() + " loading " + url
                        + " with no DOM; its log:\n" + tail(log));
            }
            return new String(dom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted loading " + url, e);
        } finally {
            delete(profile);
            delete(log);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }
}
