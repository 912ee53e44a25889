package uk.mhhs.testsupport.mds;

import org.postgresql.PGConnection;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.testsupport.bench.CopyStream;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A synthetic market as MDS sees it, for benchmarks and fault tests that need many MPANs: MPAN {@code i} (from 0) is
 * {@code 12 4xxxxxxxxx c} (distributor 12, LDSO {@value #LDSO}), supplied by ALPH ({@value #SUPPLIER}) with data
 * service METD ({@value #DS}), in GSP group {@code GSP_GROUPS[i % 14]}, domestic unless {@code i % 5 == 0}, smart
 * (segment S), whole current (W), import, energised, DUoS tariff DOM, registered from 2024-01-01.
 */
public final class SyntheticMarket {

    public static final String MDS = "9900000005";
    public static final String DS = "1100000001";
    public static final String SUPPLIER = "1400000001";
    public static final String LDSO = "2300000004";
    public static final String[] GSP_GROUPS = {"_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K", "_L",
            "_M", "_N", "_P"};

    private SyntheticMarket() {
    }

    public static long mpan(int i) {
        String first12 = String.format("12%010d", 4_000_000_000L + i);
        return Long.parseLong(first12 + MpanCore.checkDigitFor(first12));
    }

    public static String gsp(int i) {
        return GSP_GROUPS[i % GSP_GROUPS.length];
    }

    /** Domestic premises indicator: F for one MPAN in five ({@code i % 5 == 0}), else T. */
    public static String domestic(int i) {
        return i % 5 == 0 ? "F" : "T";
    }

    /** Wh as the kWh text of an IF-021 period value ({@code 1234} → {@code 1.234}; negative kept). */
    public static String kwh(long wh) {
        String sign = wh < 0 ? "-" : "";
        long abs = Math.abs(wh);
        long thousandths = abs % 1000; // not String.format: a stream writes millions of these
        return sign + abs / 1000 + (thousandths < 10 ? ".00" : thousandths < 100 ? ".0" : ".") + thousandths;
    }

    /**
     * MDS's registration view ({@code mpan_fact}) of MPANs {@code 0..n-1}, 13 facts each from 2024-01-01, by COPY
     * on {@code connection} (whose search path reaches MDS's schema); returns the rows copied.
     */
    public static long seedFacts(Connection connection, int n) throws SQLException {
        CopyStream copy = new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy mpan_fact (mpan_core, fact, effective_from, value, transaction_id) from stdin"));
        StringBuilder out = copy.out();
        for (int i = 0; i < n; i++) {
            long m = mpan(i);
            String[][] facts = {{"REGISTERED", "T"}, {"SUPPLIER", SUPPLIER}, {"SUPPLIER_MPID", "ALPH"},
                    {"GSP_GROUP", gsp(i)}, {"DISTRIBUTOR", LDSO}, {"DUOS_TARIFF", "DOM"},
                    {"CONNECTION_TYPE", "W"}, {"ENERGY_DIRECTION", "I"}, {"SEGMENT", "S"},
                    {"DOMESTIC", domestic(i)}, {"ENERGISATION", "E"}, {"DATA_SERVICE", DS},
                    {"ANNUAL_CONSUMPTION", (2000 + i % 3000) + ".000"}};
            for (String[] f : facts) {
                out.append(m).append('\t').append(f[0]).append("\t2024-01-01\t").append(f[1])
                        .append("\tT-synthetic-reg\n");
            }
            copy.rowDone();
        }
        return copy.end();
    }
}
