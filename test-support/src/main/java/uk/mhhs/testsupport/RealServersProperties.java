package uk.mhhs.testsupport;

import java.util.Map;

/**
 * The properties that point a Spring Boot application at the real test servers; also usable by hand,
 * e.g. to start a second application process against the same database and topics.
 */
public final class RealServersProperties {

    private RealServersProperties() {
    }

    /** Properties for database and topic prefix {@code name}. */
    public static Map<String, Object> forName(String name) {
        String database = TestPostgres.sanitise(name);
        return Map.of(
                "spring.datasource.url", TestPostgres.instance().jdbcUrl(database),
                "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", TestPostgres.PASSWORD,
                "spring.kafka.bootstrap-servers", TestKafka.instance().bootstrapServers(),
                "mhhs.dip.topic-prefix", database + ".");
    }
}
