package uk.mhhs.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test at the real PostgreSQL and Kafka of this test JVM ({@link TestPostgres},
 * {@link TestKafka}). Sets {@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers} and
 * {@code mhhs.dip.topic-prefix}.
 *
 * <p>By default each test class gets a fresh database and a fresh topic prefix. Classes that name the
 * same {@link #database()} share the database, the topics and (with the same configuration) the cached
 * Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealServers {

    /** Database (and topic prefix) name; empty means one of its own for the annotated class. */
    String database() default "";
}
