package uk.mhhs.registration.process.mtd;

import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.process.RegDates;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A meter as IF-005 B906 describes it: {@code existingMeter} and the latest {@code historyMAP} entry (the MAP
 * from that date on).
 */
record MeterDetails(String meterId, String modifiedMeterId, String meterType, String manufacturersMakeAndType,
                    String esmeGuid, String meterLocation, Integer displayedDigits, LocalDate installedOn,
                    String mapMpid, LocalDate mapFrom) {

    private static final Pattern MPID = Pattern.compile("[A-Z]{4}");

    /**
     * @throws Rejected REG1028 without an installation date, REG1009 for a MAP ID that is not an MPID, REG1010 for a
     *                  MAP effective before the meter's installation
     */
    static MeterDetails of(JsonNode b906) {
        JsonNode meter = b906.path("existingMeter");
        String installed = text(meter, "meterInstallationDate");
        if (installed == null || installed.isBlank()) {
            throw new Rejected("REG1028", "meterInstallationDate is missing");
        }
        LocalDate installedOn = RegDates.parse(installed, "meterInstallationDate");
        String mapMpid = null;
        LocalDate mapFrom = null;
        for (JsonNode map : b906.path("historyMAP")) {
            LocalDate from = RegDates.parse(text(map, "meterAssetProviderEffectiveFromDate"),
                    "meterAssetProviderEffectiveFromDate");
            if (mapFrom == null || !from.isBefore(mapFrom)) {
                mapFrom = from;
                mapMpid = text(map, "meterAssetProviderID");
            }
        }
        if (mapMpid != null && !MPID.matcher(mapMpid).matches()) {
            throw new Rejected("REG1009", "MAP ID \"" + mapMpid + "\" is not an MPID (4 capital letters)");
        }
        if (mapFrom != null && mapFrom.isBefore(installedOn)) {
            throw new Rejected("REG1010", "MAP effective from " + mapFrom + " is before the installation on "
                    + installedOn);
        }
        return new MeterDetails(text(meter, "meterID"), text(meter, "modifiedMeterID"), text(meter, "meterType"),
                text(meter, "manufacturersMakeAndType"), text(meter, "ESMEGUID"), text(meter, "meterLocation"),
                meter.path("numberOfDisplayedRegisterDigits").isNumber()
                        ? meter.path("numberOfDisplayedRegisterDigits").asInt() : null,
                installedOn, mapMpid, mapFrom);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
