package uk.mhhs.localsuite.services;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The deployable applications of the suite, in start order, with the defaults their
 * {@code application.yml} declares: port, database schema and database user (ARCHITECTURE §2, §4).
 * A test checks these against the modules' own files and against {@code docker-compose.yml}.
 */
public enum SuiteService {

    DIP_GATEWAY("dip-gateway", 8443, "dip", "dip"),
    INDUSTRY_STANDING_DATA("industry-standing-data", 8081, "isd", "isd"),
    REGISTRATION_SERVICE("registration-service", 8082, "registration", "registration"),
    DATA_SERVICE("data-service", 8083, "data_service", "data_service"),
    LOAD_SHAPING_SERVICE("load-shaping-service", 8084, "lss", "lss"),
    MARKET_WIDE_DATA_SERVICE("market-wide-data-service", 8085, "mds", "mds"),
    VOLUME_ALLOCATION_SERVICE("volume-allocation-service", 8086, "vas", "vas");

    private final String module;
    private final int defaultPort;
    private final String schema;
    private final String databaseUser;

    SuiteService(String module, int defaultPort, String schema, String databaseUser) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.schema = schema;
        this.databaseUser = databaseUser;
    }

    /** Maven module and application name, e.g. {@code market-wide-data-service}. */
    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String schema() {
        return schema;
    }

    public String databaseUser() {
        return databaseUser;
    }

    /**
     * Where its health is read on its own port: the gateway keeps actuator off the participants' port (on its
     * management port) and answers only the readiness probe there; the services serve actuator on their port.
     */
    public String healthPath() {
        return this == DIP_GATEWAY ? "/readyz" : "/actuator/health";
    }

    /** Only the gateway speaks HTTPS (ARCHITECTURE §2); the services are plain HTTP inside the suite. */
    public boolean prefersHttps() {
        return this == DIP_GATEWAY;
    }

    public static List<SuiteService> inStartOrder() {
        return List.of(values());
    }

    public static Optional<SuiteService> byModule(String module) {
        return Arrays.stream(values()).filter(s -> s.module.equals(module)).findFirst();
    }
}
