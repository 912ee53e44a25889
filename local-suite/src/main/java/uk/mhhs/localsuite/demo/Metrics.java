package uk.mhhs.localsuite.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's Prometheus endpoint (text format): counters summed over the series whose labels match.
 * The demo counts messages with them (the gateway's {@code dip_ingress_messages_total}, the services'
 * {@code dip_pub_received_total}, {@code mds_consumption_total} …), as an operator's dashboard does.
 */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A sample: metric name, labels, value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final java.util.List<Sample> samples;

    private Metrics(java.util.List<Sample> samples) {
        this.samples = samples;
    }

    public static Metrics parse(String text) {
        java.util.List<Sample> samples = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (!m.find()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            try {
                samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
            } catch (NumberFormatException ignored) {
                // NaN / +Inf written otherwise: not a count
            }
        }
        return new Metrics(samples);
    }

    /** The sum of {@code name} over the series having every label of {@code match} ("k", "v", "k2", "v2" …). */
    public double sum(String name, String... match) {
        return samples.stream().filter(s -> s.name().equals(name) && matches(s, match)).mapToDouble(Sample::value).sum();
    }

    /** {@code name} summed by the value of {@code label}, over the series matching {@code match}. */
    public Map<String, Double> sumBy(String name, String label, String... match) {
        Map<String, Double> sums = new java.util.TreeMap<>();
        samples.stream().filter(s -> s.name().equals(name) && matches(s, match))
                .forEach(s -> sums.merge(s.labels().getOrDefault(label, ""), s.value(), Double::sum));
        return sums;
    }

    public java.util.List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).toList();
    }

    private static boolean matches(Sample s, String[] match) {
        for (int i = 0; i + 1 < match.length; i += 2) {
            if (!match[i + 1].equals(s.labels().get(match[i]))) {
                return false;
            }
        }
        return true;
    }
}
