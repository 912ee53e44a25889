package uk.mhhs.testsupport.browser;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadlessChromiumTest {

    @Test
    void a_missing_browser_fails_saying_what_to_install() {
        assertThatThrownBy(() -> HeadlessChromium.at(Path.of("/nonexistent/chromium")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Chromium not found at /nonexistent/chromium: the page tests need it. Install Debian's"
                        + " chromium package (apt-get install chromium; .ci/run does this in CI) or set CHROMIUM to a"
                        + " Chromium binary.");
    }

    @Test
    void the_dom_is_dumped_after_the_page_script_fetched_and_wrote() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        serve(server, "/page.html", "text/html", "<!DOCTYPE html><html><body><p id=out>before</p><script>"
                + "fetch('/data').then(r => r.text()).then(t => { document.getElementById('out').textContent = t; });"
                + "</script></body></html>");
        serve(server, "/data", "text/plain", "fetched 42");
        server.start();
        try {
            String dom = HeadlessChromium.installed().dumpDom("http://localhost:" + server.getAddress().getPort()
                    + "/page.html", Duration.ofSeconds(5));

            assertThat(dom).contains("<p id=\"out\">fetched 42</p>");
        } finally {
            server.stop(0);
        }
    }

    private static void serve(HttpServer server, String path, String type, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type + ";charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }
}
