package uk.mhhs.common.party;

import java.util.Optional;

/**
 * The 14 Grid Supply Point groups (spec data item DI-037), one per licensed distribution area. The
 * constant's name is its wire code, {@code _A} … {@code _P} ({@code _I} and {@code _O} are not used).
 */
public enum GspGroup {
    /** Eastern, distributor ID 10. */
    _A("Eastern", 10),
    /** East Midlands, distributor ID 11. */
    _B("East Midlands", 11),
    /** London, distributor ID 12. */
    _C("London", 12),
    /** Merseyside and North Wales, distributor ID 13. */
    _D("Merseyside & N Wales", 13),
    /** Midlands, distributor ID 14. */
    _E("Midlands", 14),
    /** Northern, distributor ID 15. */
    _F("Northern", 15),
    /** North Western, distributor ID 16. */
    _G("North Western", 16),
    /** Southern, distributor ID 17. */
    _H("Southern", 17),
    /** South Eastern, distributor ID 19. */
    _J("South Eastern", 19),
    /** South Wales, distributor ID 21. */
    _K("South Wales", 21),
    /** South Western, distributor ID 22. */
    _L("South Western", 22),
    /** Yorkshire, distributor ID 23. */
    _M("Yorkshire", 23),
    /** South Scotland, distributor ID 18. */
    _N("South Scotland", 18),
    /** North Scotland, distributor ID 20. */
    _P("North Scotland", 20);

    private final String regionName;
    private final int distributorId;

    GspGroup(String regionName, int distributorId) {
        this.regionName = regionName;
        this.distributorId = distributorId;
    }

    /**
     * @param code the wire code, e.g. {@code _K} (case-sensitive, as DIP values are)
     * @return the group
     * @throws UnknownGspGroupException if the code is not one of the 14
     */
    public static GspGroup of(String code) {
        for (GspGroup group : values()) {
            if (group.name().equals(code)) {
                return group;
            }
        }
        throw new UnknownGspGroupException("GSP group ID must be one of _A.._H, _J.._N, _P but was "
                + (code == null ? "null" : "\"" + code + "\""));
    }

    /**
     * @param distributorId the first two digits of an MPAN core
     * @return the group of a licensed distributor (10–23); empty otherwise, in particular for IDNOs
     *     (24 and above), which can operate in any group
     */
    public static Optional<GspGroup> fromDistributorId(int distributorId) {
        for (GspGroup group : values()) {
            if (group.distributorId == distributorId) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the wire code, e.g. {@code _K}
     */
    public String code() {
        return name();
    }

    /**
     * @return the area's name, e.g. {@code South Wales}
     */
    public String regionName() {
        return regionName;
    }

    /**
     * @return the distributor ID (MPAN prefix) of the area's licensed distributor
     */
    public int distributorId() {
        return distributorId;
    }
}
