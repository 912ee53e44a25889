package uk.mhhs.localsuite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Runs the whole suite on this machine: embedded PostgreSQL and a KRaft Kafka broker in this JVM, the
 * gateway and every service as a JVM of its own ({@code java -jar <module>-exec.jar}), until Ctrl-C.
 * Usually started by {@code ./mvnw -B -DskipTests -Plocal-suite package} from the project root.
 */
@SpringBootApplication
@EnableConfigurationProperties(LocalSuiteProperties.class)
public class LocalSuiteApplication {

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = SpringApplication.run(LocalSuiteApplication.class, args);
        if (context.getBean(LocalSuiteProperties.class).stopAfterStart()
                || context.getBean(org.springframework.boot.ApplicationArguments.class).containsOption("exit-when-done")) {
            System.exit(SpringApplication.exit(context));
        }
        // The services run until Ctrl-C; Spring's shutdown hook then closes LocalSuite.
        Thread.currentThread().join();
    }

    @Bean(destroyMethod = "close")
    LocalSuite localSuite(LocalSuiteProperties settings) {
        return new LocalSuite(settings);
    }
}
