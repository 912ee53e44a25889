package uk.mhhs.vas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Volume allocation service (VAS): settlement runs, GSP Group Correction, BM Unit allocation. */
@SpringBootApplication
public class VolumeAllocationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(VolumeAllocationServiceApplication.class, args);
    }
}
