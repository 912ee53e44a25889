package uk.mhhs.vas.rules;

import uk.mhhs.common.party.GspGroup;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One row of MDS's aggregate CSV ({@value #HEADER}) checked: supplier MPID (4 letters or digits), BM unit ID (1–11
 * characters), one of the 14 GSP groups, a class ID, a period 1..N of the settlement day, kWh ≥ 0 with at most 3
 * decimal places (MDS sends import and export alike as non-negative), an MPAN count ≥ 0.
 */
public record AggregateLine(String supplierMpid, String bmUnitId, GspGroup gspGroup, int cccId, int period,
                            BigDecimal kwh, int mpans) {

    public static final String HEADER = "supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans";
    private static final Pattern MPID = Pattern.compile("[A-Z0-9]{4}");
    private static final Pattern BM_UNIT = Pattern.compile("[A-Za-z0-9_\\-]{1,11}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern KWH = Pattern.compile("\\d{1,13}(\\.\\d{1,3})?");

    /**
     * @param line    the line number (1 is the header), for the message
     * @param text    the line
     * @param periods the settlement day's period count
     * @throws IllegalArgumentException naming the line and the field that is wrong
     */
    public static AggregateLine parse(int line, String text, int periods) {
        String[] f = text.split(",", -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("line " + line + ": expected 7 fields (" + HEADER + ") but found "
                    + f.length);
        }
        require(MPID.matcher(f[0]).matches(), line, "supplier_mpid", f[0]);
        require(BM_UNIT.matcher(f[1]).matches(), line, "bm_unit_id", f[1]);
        GspGroup group = null;
        for (GspGroup g : GspGroup.values()) {
            group = g.name().equals(f[2]) ? g : group;
        }
        require(group != null, line, "gsp_group", f[2]);
        require(WHOLE.matcher(f[3]).matches(), line, "ccc_id", f[3]);
        require(WHOLE.matcher(f[4]).matches() && Integer.parseInt(f[4]) >= 1 && Integer.parseInt(f[4]) <= periods,
                line, "period (1.." + periods + ")", f[4]);
        require(KWH.matcher(f[5]).matches(), line, "kwh", f[5]);
        require(WHOLE.matcher(f[6]).matches(), line, "mpans", f[6]);
        return new AggregateLine(f[0], f[1], group, Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                new BigDecimal(f[5]).setScale(3), Integer.parseInt(f[6]));
    }

    private static void require(boolean ok, int line, String field, String value) {
        if (!ok) {
            throw new IllegalArgumentException("line " + line + ": " + field + " \""
                    + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "\" is not valid");
        }
    }
}
