package uk.mhhs.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The DIP stand-in: the official DIP API, level-1 validation, signatures, routing, webhooks. */
@SpringBootApplication
public class DipGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(DipGatewayApplication.class, args);
    }
}
