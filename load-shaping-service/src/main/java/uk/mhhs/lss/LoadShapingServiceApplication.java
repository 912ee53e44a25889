package uk.mhhs.lss;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Load shaping service (LSS): load shape categories, period values, totals. */
@SpringBootApplication
public class LoadShapingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoadShapingServiceApplication.class, args);
    }
}
