package uk.mhhs.gateway.delivery;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import uk.mhhs.testsupport.RealServers;

/**
 * The one Spring context of the gateway's integration tests: the whole application on a random port, on
 * the real PostgreSQL and Kafka, one database and topic prefix shared by every class that uses it (so the
 * context is built once per test JVM). Tests therefore use their own DIP IDs and transaction IDs.
 * Retry back-off and polling are shortened so that retries take milliseconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "mhhs.gateway.delivery.poll-interval=250ms",
    "mhhs.gateway.delivery.topic-refresh=500ms",
    "mhhs.gateway.delivery.connect-timeout=1s",
    "mhhs.gateway.delivery.request-timeout=3s",
    "mhhs.gateway.delivery.lease=10s",
    "mhhs.gateway.delivery.retry.initial=100ms",
    "mhhs.gateway.delivery.retry.multiplier=2",
    "mhhs.gateway.delivery.retry.max=400ms",
    "mhhs.gateway.delivery.retry.max-attempts=4",
    "mhhs.gateway.security.signing.generated-directory=",
    "mhhs.gateway.delivery.status-operators=" + GatewayIntegrationTest.OPERATOR
})
@RealServers(database = "dip_gateway_it")
public @interface GatewayIntegrationTest {

    /** The DIP ID configured as an operator: it may exchange status messages with any participant. */
    String OPERATOR = "9990000001";
}
