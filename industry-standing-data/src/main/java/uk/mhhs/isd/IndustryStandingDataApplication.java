package uk.mhhs.isd;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Industry standing data: versioned reference data, its API, distribution and IF-047. */
@SpringBootApplication
public class IndustryStandingDataApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndustryStandingDataApplication.class, args);
    }
}
