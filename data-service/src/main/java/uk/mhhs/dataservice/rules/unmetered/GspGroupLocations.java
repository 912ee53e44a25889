package uk.mhhs.dataservice.rules.unmetered;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where sunrise and sunset are computed for each GSP group. The defaults are one representative city per
 * group (reconstructed choice; an UMSO may configure others):
 * <table>
 * <caption>default locations</caption>
 * <tr><th>group</th><th>area</th><th>city</th><th>lat, long</th></tr>
 * <tr><td>_A</td><td>Eastern</td><td>Cambridge</td><td>52.2053, 0.1218</td></tr>
 * <tr><td>_B</td><td>East Midlands</td><td>Nottingham</td><td>52.9548, −1.1581</td></tr>
 * <tr><td>_C</td><td>London</td><td>London (Charing Cross)</td><td>51.5074, −0.1278</td></tr>
 * <tr><td>_D</td><td>Merseyside &amp; N Wales</td><td>Liverpool</td><td>53.4084, −2.9916</td></tr>
 * <tr><td>_E</td><td>Midlands</td><td>Birmingham</td><td>52.4862, −1.8904</td></tr>
 * <tr><td>_F</td><td>Northern</td><td>Newcastle upon Tyne</td><td>54.9783, −1.6178</td></tr>
 * <tr><td>_G</td><td>North Western</td><td>Manchester</td><td>53.4808, −2.2426</td></tr>
 * <tr><td>_H</td><td>Southern</td><td>Southampton</td><td>50.9097, −1.4044</td></tr>
 * <tr><td>_J</td><td>South Eastern</td><td>Brighton</td><td>50.8225, −0.1372</td></tr>
 * <tr><td>_K</td><td>South Wales</td><td>Cardiff</td><td>51.4816, −3.1791</td></tr>
 * <tr><td>_L</td><td>South Western</td><td>Bristol</td><td>51.4545, −2.5879</td></tr>
 * <tr><td>_M</td><td>Yorkshire</td><td>Leeds</td><td>53.8008, −1.5491</td></tr>
 * <tr><td>_N</td><td>South Scotland</td><td>Glasgow</td><td>55.8642, −4.2518</td></tr>
 * <tr><td>_P</td><td>North Scotland</td><td>Inverness</td><td>57.4778, −4.2247</td></tr>
 * </table>
 */
public final class GspGroupLocations {

    /** A location in decimal degrees (longitude east positive). */
    public record Location(String name, double latitude, double longitude) {}

    private final Map<String, Location> byGroup;

    /** Locations by GSP group id ("_A" … "_P"). */
    public GspGroupLocations(Map<String, Location> byGroup) {
        this.byGroup = Map.copyOf(byGroup);
    }

    /** The defaults in the class documentation. */
    public static GspGroupLocations defaults() {
        Map<String, Location> m = new LinkedHashMap<>();
        m.put("_A", new Location("Cambridge", 52.2053, 0.1218));
        m.put("_B", new Location("Nottingham", 52.9548, -1.1581));
        m.put("_C", new Location("London", 51.5074, -0.1278));
        m.put("_D", new Location("Liverpool", 53.4084, -2.9916));
        m.put("_E", new Location("Birmingham", 52.4862, -1.8904));
        m.put("_F", new Location("Newcastle upon Tyne", 54.9783, -1.6178));
        m.put("_G", new Location("Manchester", 53.4808, -2.2426));
        m.put("_H", new Location("Southampton", 50.9097, -1.4044));
        m.put("_J", new Location("Brighton", 50.8225, -0.1372));
        m.put("_K", new Location("Cardiff", 51.4816, -3.1791));
        m.put("_L", new Location("Bristol", 51.4545, -2.5879));
        m.put("_M", new Location("Leeds", 53.8008, -1.5491));
        m.put("_N", new Location("Glasgow", 55.8642, -4.2518));
        m.put("_P", new Location("Inverness", 57.4778, -4.2247));
        return new GspGroupLocations(m);
    }

    /** The location of a GSP group, given as "_C" or "C"; unknown groups are an {@link IllegalArgumentException}. */
    public Location of(String gspGroup) {
        Objects.requireNonNull(gspGroup, "gspGroup");
        String key = gspGroup.startsWith("_") ? gspGroup : "_" + gspGroup;
        Location l = byGroup.get(key.toUpperCase(java.util.Locale.ROOT));
        if (l == null) {
            throw new IllegalArgumentException("no location for GSP group " + gspGroup);
        }
        return l;
    }

    /** All configured groups. */
    public Map<String, Location> all() {
        return byGroup;
    }
}
