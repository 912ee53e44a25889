package uk.mhhs.localsuite.demo;

import java.math.BigDecimal;

/**
 * One MPAN of the synthetic market, as registered by the migration import.
 *
 * @param mpanCore          13 digits, right check digit
 * @param gspGroup          {@code _A} … {@code _P}
 * @param distributorId     the first two digits
 * @param supplier          its supplier (one of the ISD seed's ten)
 * @param segment           S smart, A advanced, U unmetered
 * @param energised         false: de-energised (the data service sends zeros)
 * @param consent           H half-hourly; D or N: no consent, the data service estimates the whole day
 * @param dataService       true: our data service is appointed (false: MDS defaults it)
 * @param annualConsumption kWh a year
 */
public record SyntheticMpan(String mpanCore, String gspGroup, int distributorId, Supplier supplier, char segment,
                            boolean energised, char consent, boolean dataService, BigDecimal annualConsumption) {

    /** A supplier of the ISD seed: MPID and DIP ID. */
    public record Supplier(String mpid, String dipId) {
    }

    public boolean metered() {
        return segment != 'U';
    }

    /** The meter the data service is sent readings for (smart and advanced MPANs). */
    public String meterId() {
        return metered() ? "M" + mpanCore.substring(5, 13) : null;
    }

    public boolean domestic() {
        return segment == 'S';
    }

    /** Connection type: W whole current (smart), L LV CT (advanced), U unmetered. */
    public char connectionType() {
        return switch (segment) {
            case 'A' -> 'L';
            case 'U' -> 'U';
            default -> 'W';
        };
    }

    /** DUoS tariff ID of the seed (each maps to an LLFC with line loss factors). */
    public String duosTariff() {
        return switch (segment) {
            case 'A' -> "LVC";
            case 'U' -> "UMS";
            default -> "DOM";
        };
    }

    /** Whether the data service is sent a day of half-hourly readings for it. */
    public boolean readable() {
        return dataService && metered() && energised && consent == 'H';
    }
}
