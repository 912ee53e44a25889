package uk.mhhs.testsupport.bench;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.mhhs.testsupport.RealServersProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * For benchmarks: a Spring Boot service started in the benchmark's JVM on the embedded servers (test-support's
 * PostgreSQL and KRaft broker), and the benchmark's {@code main} wrapper and standard report lines.
 */
public final class BenchApp {

    private BenchApp() {
    }

    /**
     * A modifiable copy of {@link RealServersProperties#forName(String)} plus a random HTTP port and no banner; add
     * the benchmark's own before {@link #start}.
     */
    public static Map<String, Object> properties(String name) {
        Map<String, Object> properties = new HashMap<>(RealServersProperties.forName(name));
        properties.put("server.port", 0);
        properties.put("spring.main.banner-mode", "off");
        return properties;
    }

    /**
     * Starts {@code application} with {@code properties} as command-line arguments, so they beat the service's
     * application.yml (defaults would not).
     */
    public static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> properties) {
        return new SpringApplicationBuilder(application).run(commandLine(properties));
    }

    /** {@code --key=value} for each property. */
    public static String[] commandLine(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /**
     * Runs {@code benchmark} and exits the JVM: status 0, or 1 after printing the stack trace if it threw (the
     * embedded servers' threads would otherwise keep the JVM alive).
     */
    public static void runAndExit(Benchmark benchmark) {
        try {
            benchmark.run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** A benchmark's body. */
    @FunctionalInterface
    public interface Benchmark {
        /** Runs the benchmark. */
        void run() throws Exception;
    }

    /** {@code "4 cores, OpenJDK 64-Bit Server VM 17.0.x"}: the machine part of a report's machine line. */
    public static String machine() {
        return String.format("%d cores, %s %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    /** The JVM's maximum heap ({@code -Xmx}) in MiB. */
    public static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
