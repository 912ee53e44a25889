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
 * The gateway with the rules the shared test context relaxes or leaves off: the SAFE webhook rules (https only, no
 * private addresses; the other tests' webhooks are plain-HTTP servers on 127.0.0.1) and unresolved secondary
 * recipients rejected (MSG1037/1038; the other tests post IF-021 for MPANs the register does not hold). A second
 * Spring context with a database and topic prefix of its own, shared by the classes that use this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "mhhs.gateway.delivery.webhooks.allow-private-addresses=false",
    "mhhs.gateway.delivery.webhooks.require-https=true",
    "mhhs.gateway.routing.secondary.reject-unresolved=true",
    "mhhs.gateway.delivery.poll-interval=250ms",
    "mhhs.gateway.delivery.topic-refresh=500ms",
    "mhhs.gateway.delivery.retry.initial=100ms",
    "mhhs.gateway.delivery.retry.max=200ms",
    "mhhs.gateway.delivery.retry.max-attempts=2",
    "mhhs.gateway.security.signing.generated-directory="
})
@RealServers(database = "dip_gateway_strict")
public @interface StrictGatewayTest {
}
