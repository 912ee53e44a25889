package uk.mhhs.testsupport;

import java.util.Locale;

/**
 * Which PostgreSQL and Kafka {@link TestPostgres} and {@link TestKafka} start: the embedded servers (the default: zonky's
 * PostgreSQL binaries and an in-process KRaft broker, no Docker), or the compose file's images in Docker through
 * Testcontainers, so a developer with Docker runs the same tests against the production images. Chosen by the system
 * property {@value #PROPERTY} or else the environment variable {@value #ENVIRONMENT} ({@code embedded} or
 * {@code testcontainers}); Maven's {@code -Ptestcontainers} sets the property.
 */
public enum TestServers {

    EMBEDDED, TESTCONTAINERS;

    public static final String PROPERTY = "mhhs.test.servers";
    public static final String ENVIRONMENT = "MHHS_TEST_SERVERS";
    /** The images of {@code docker-compose.yml}'s postgres and kafka services (a test keeps them equal). */
    public static final String POSTGRES_IMAGE = "postgres:17";
    public static final String KAFKA_IMAGE = "apache/kafka:4.2.1";

    /** The servers this JVM was asked for. */
    public static TestServers selected() {
        return choose(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    /** The property wins over the environment; neither set (or blank) means the embedded servers. */
    static TestServers choose(String property, String environment) {
        String given = property != null && !property.isBlank() ? property
                : environment != null && !environment.isBlank() ? environment : null;
        if (given == null) {
            return EMBEDDED;
        }
        return switch (given.trim().toLowerCase(Locale.ROOT)) {
            case "embedded" -> EMBEDDED;
            case "testcontainers" -> TESTCONTAINERS;
            default -> throw new IllegalArgumentException(PROPERTY + " / " + ENVIRONMENT + " must be 'embedded' or"
                    + " 'testcontainers', not '" + given + "'");
        };
    }
}
