package uk.mhhs.isd;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.testsupport.access.TokenCalls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Calls the running service over HTTP, as a participant or operator would. */
record IsdHttp(String baseUrl) {

    /** Version imports need the admin role (README "Security"). */
    static final String TOKEN = TokenCalls.ADMIN_TOKEN;
    static final String HEADER = "X-ISD-Operator-Token";

    /** A read, with the operator token in ISD's header as operators' scripts send it. */
    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(read(path), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(read(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest read(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header(HEADER, TokenCalls.OPERATOR_TOKEN).build();
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " -> " + response.statusCode() + " " + response.body());
        }
        return JsonMapper.shared().readTree(response.body());
    }

    /** POSTs a ZIP of the files as a new version; returns the response. */
    HttpResponse<String> importVersion(String token, String description, String effectiveFrom,
                                       Map<String, String> files) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/isd/v1/versions?description="
                        + description.replace(" ", "%20") + "&effectiveFrom=" + effectiveFrom))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(files)));
        if (token != null) {
            request.header(HEADER, token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Imports and returns the new version's number, failing on rejection. */
    int importAccepted(String description, String effectiveFrom, Map<String, String> files) throws Exception {
        HttpResponse<String> response = importVersion(TOKEN, description, effectiveFrom, files);
        if (response.statusCode() != 201) {
            throw new AssertionError("import rejected: " + response.statusCode() + " " + response.body());
        }
        return JsonMapper.shared().readTree(response.body()).path("id").asInt();
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
