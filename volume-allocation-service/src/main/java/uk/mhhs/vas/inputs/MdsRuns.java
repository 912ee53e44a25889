package uk.mhhs.vas.inputs;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.model.RunType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * MDS's run API as VAS uses it: {@code POST {url}/mds/v1/runs?settlementDate=&runType=} with
 * {@code X-MDS-Operator-Token} (201 with the run's id, runNumber and aggregates count), then
 * {@code GET {url}/mds/v1/runs/{id}/aggregates.csv}, read as a stream. Connect timeout {@code mhhs.vas.mds
 * .connect-timeout}; each request waits for MDS's answer at most {@code mhhs.vas.mds.timeout}, and the stream fails
 * once MDS sends nothing for as long ({@link IdleTimeoutStream}). Every failure is an {@link InputException} saying
 * what MDS did.
 */
@Component
class MdsRuns {

    static final String TOKEN_HEADER = "X-MDS-Operator-Token";

    /** A run MDS made: its id, number among the date's runs of the type, and how many aggregate rows it has. */
    record MdsRun(UUID id, int runNumber, long aggregates) {
    }

    private final VasProperties.Mds mds;
    private final HttpClient http;

    MdsRuns(VasProperties properties) {
        this.mds = properties.mds();
        this.http = HttpClient.newBuilder().connectTimeout(mds.connectTimeout()).build();
    }

    MdsRun run(LocalDate settlementDate, RunType runType) {
        HttpResponse<String> answer = send(request("/mds/v1/runs?settlementDate=" + settlementDate + "&runType="
                + runType.name()).POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new InputException("MDS refused the run of " + settlementDate + " " + runType + ": HTTP "
                    + answer.statusCode() + " " + abbreviated(answer.body()));
        }
        try {
            JsonNode run = JsonMapper.shared().readTree(answer.body());
            return new MdsRun(UUID.fromString(run.required("id").asString()), run.required("runNumber").asInt(),
                    run.required("aggregates").asLong());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InputException("MDS's answer to the run of " + settlementDate + " " + runType
                    + " is not a run (id, runNumber, aggregates): " + abbreviated(answer.body()), e);
        }
    }

    /** The run's aggregate CSV, open; the caller closes it. */
    InputStream aggregates(MdsRun run) {
        HttpResponse<InputStream> answer = send(request("/mds/v1/runs/" + run.id() + "/aggregates.csv").GET(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() == 200) {
            return new IdleTimeoutStream(answer.body(), mds.timeout(), "MDS run " + run.id());
        }
        String body;
        try (InputStream in = answer.body()) {
            body = new String(in.readNBytes(500), StandardCharsets.UTF_8);
        } catch (IOException e) {
            body = "";
        }
        throw new InputException("MDS would not give run " + run.id() + "'s aggregates: HTTP " + answer.statusCode()
                + (answer.statusCode() == 409 ? " (the run is not COMPLETE) " : " ") + abbreviated(body));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(mds.url() + path)).timeout(mds.timeout())
                .header(TOKEN_HEADER, mds.token());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        HttpRequest built = request.build();
        try {
            return http.send(built, body);
        } catch (HttpTimeoutException e) {
            throw new InputException("MDS at " + mds.url() + " did not answer " + built.method() + " "
                    + built.uri().getPath() + " in time: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException("MDS at " + mds.url() + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while asking MDS " + built.uri().getPath(), e);
        }
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }
}
