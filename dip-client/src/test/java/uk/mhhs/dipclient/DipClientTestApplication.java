package uk.mhhs.dipclient;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service using dip-client, for the tests: schema {@code svc}, DIP ID 9900000005, role MDS. */
@SpringBootApplication
public class DipClientTestApplication {
}
