package uk.mhhs.localsuite.demo;

import java.time.LocalDate;

/** The UMSO inventory of an unmetered MPAN (data-service README, "Unmetered inventories"): street lights. */
public final class UnmeteredInventories {

    private UnmeteredInventories() {
    }

    /** Lamps of 70 W, dusk to dawn, as many as make roughly the MPAN's annual consumption (about 4,200 h a year). */
    public static String body(SyntheticMpan mpan, LocalDate from) {
        long lamps = Math.max(1, mpan.annualConsumption().longValue() * 1000 / (70 * 4200));
        return "{\"effectiveFrom\":\"" + from + "\",\"items\":[{\"chargeCode\":\"8100000000701\",\"circuitWatts\":\"70\","
                + "\"quantity\":" + lamps + ",\"regime\":{\"type\":\"dusk-to-dawn\"}}]}";
    }
}
