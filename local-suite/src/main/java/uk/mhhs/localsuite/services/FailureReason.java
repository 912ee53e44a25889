package uk.mhhs.localsuite.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one line of a failed service's log that best says why: Spring Boot's failure analysis
 * ("Description:"), else the last "Caused by:", else the last line.
 */
public final class FailureReason {

    private static final int MAX_LENGTH = 200;

    private FailureReason() {
    }

    public static String fromLog(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
        return shorten(pick(lines));
    }

    static String pick(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).trim().equals("Description:")) {
                return firstNonBlankAfter(lines, i);
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("Caused by:")) {
                return lines.get(i).substring("Caused by:".length()).trim();
            }
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).trim();
            }
        }
        return "";
    }

    private static String firstNonBlankAfter(List<String> lines, int index) {
        return lines.subList(index + 1, lines.size()).stream()
                .filter(l -> !l.isBlank()).map(String::trim).findFirst().orElse("");
    }

    private static String shorten(String line) {
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
    }
}
