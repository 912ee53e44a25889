package uk.mhhs.localsuite;

/**
 * A scripted market day played through the running suite: the extension point for the demo.
 *
 * <p>To add one, put a Spring bean implementing this interface in package {@code uk.mhhs.localsuite} (or
 * below; it is component-scanned). Once every service is UP and the address table is printed, the suite
 * calls {@link #play} on each such bean in {@link org.springframework.core.annotation.Order @Order}, on
 * the main thread; the services keep running afterwards until Ctrl-C. A demo day reaches the gateway and
 * the services over HTTP(S) at {@link RunningSuite#baseUrl}, may watch Kafka at
 * {@link RunningSuite#kafkaBootstrapServers}, and should print what it does and what it checked.
 * Nothing is played when a service failed to start, or with {@code --local-suite.demo-day=false}.
 */
public interface DemoDay {

    /** Shown before it plays, e.g. {@code "Settlement day 2026-11-20: IF-021 to SF run"}. */
    String name();

    /** Plays the day; an exception is reported and leaves the suite running. */
    void play(RunningSuite suite) throws Exception;
}
