package uk.mhhs.mds;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Market-wide data service (MDS): consumption store, validation, defaults, aggregation. */
@SpringBootApplication
public class MarketWideDataServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MarketWideDataServiceApplication.class, args);
    }
}
