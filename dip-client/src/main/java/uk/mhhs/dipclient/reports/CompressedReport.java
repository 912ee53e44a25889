package uk.mhhs.dipclient.reports;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A report's content as the DIP carries it: UTF-8 JSON, gzip-compressed, base64-encoded into
 * {@code P03.compressedReport}. {@link #open()} gives a JSON generator that writes straight into the gzip stream, so a
 * large report is never held as a tree nor as uncompressed text.
 */
public final class CompressedReport implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final GZIPOutputStream gzip;
    private final JsonGenerator json;
    private boolean finished;

    private CompressedReport() {
        try {
            // fastest deflate: report content is repetitive, level 1 already shrinks it ~10×, and it is CPU we spend
            // for every report of every run
            this.gzip = new GZIPOutputStream(bytes, 8192) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.json = JsonMapper.shared().createGenerator(gzip);
    }

    /** A report being written: write its content through {@link #json()}, then {@link #finish()}. */
    public static CompressedReport open() {
        return new CompressedReport();
    }

    /** The generator writing the content. */
    public JsonGenerator json() {
        return json;
    }

    /**
     * The compressed bytes written so far (the deflater holds back up to a few KB until {@link #finish()}): what a
     * writer checks to keep a report under a message size.
     */
    public int compressedSoFar() {
        return bytes.size();
    }

    /** Ends the content. @return the gzip-compressed bytes */
    public byte[] finish() {
        if (!finished) {
            finished = true;
            json.close();
            try {
                gzip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        finish();
    }

    /** The CustomBlock of a report message: {@code {"P03":{"compressedReport": base64(compressed)}}}. */
    public static ObjectNode customBlock(byte[] compressed) {
        ObjectNode custom = JsonMapper.shared().createObjectNode();
        custom.putObject("P03").put("compressedReport", Base64.getEncoder().encodeToString(compressed));
        return custom;
    }

    /** gzip of {@code content} (a small report already in memory). */
    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 8));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
