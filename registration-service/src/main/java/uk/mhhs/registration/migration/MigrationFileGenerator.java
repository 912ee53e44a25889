package uk.mhhs.registration.migration;

import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.common.party.GspGroup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a migration file of N synthetic, valid MPANs: correct check digits, the 14 licensed distributors with
 * their GSP groups, a handful of suppliers, metering and data services, dates in 2024–2025. The same seed gives the
 * same file. {@code java -cp ... uk.mhhs.registration.migration.MigrationFileGenerator <rows> <file> [seed]}
 */
public final class MigrationFileGenerator {

    private static final String[][] SUPPLIERS = {{"1400000001", "ALPH"}, {"1400000002", "BRVO"},
            {"1400000003", "CHRL"}, {"1400000004", "DLTA"}, {"1400000005", "ECHO"}};
    private static final String[][] METERING = {{"1200000001", "MTRA"}, {"1200000002", "MTRB"}, {"1200000003", "MTRC"}};
    private static final String[][] DATA = {{"1100000001", "METD"}, {"1100000002", "DATB"}};
    private static final String[] STREETS = {"High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue"};

    private MigrationFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long started = System.nanoTime();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(rows, seed, out);
        }
        System.out.printf("wrote %d rows to %s in %.1f s%n", rows, file, (System.nanoTime() - started) / 1e9);
    }

    /** Writes the header and {@code rows} rows; MPAN k of distributor d is {@code d} + k (10 digits) + check. */
    public static void write(long rows, long seed, Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        GspGroup[] groups = GspGroup.values();
        StringBuilder line = new StringBuilder(400);
        out.write(String.join(",", MigrationColumns.ALL));
        out.write('\n');
        for (long k = 0; k < rows; k++) {
            GspGroup group = groups[(int) (k % groups.length)];
            String first12 = group.distributorId() + String.format("%010d", k / groups.length + 1);
            String mpan = first12 + MpanCore.checkDigitFor(first12);
            String[] supplier = SUPPLIERS[random.nextInt(SUPPLIERS.length)];
            String[] ms = METERING[random.nextInt(METERING.length)];
            String[] ds = DATA[random.nextInt(DATA.length)];
            boolean domestic = random.nextInt(10) < 9;
            String from = "2024-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
            String supplyFrom = "2025-" + two(1 + random.nextInt(12)) + "-01";
            line.setLength(0);
            line.append(mpan).append(',').append(from).append(',').append(group.code()).append(',')
                    .append("AB1 ").append(random.nextInt(10)).append("CD").append(',')
                    .append('"').append(1 + random.nextInt(200)).append(' ')
                    .append(STREETS[random.nextInt(STREETS.length)]).append("|Town ").append(group.code())
                    .append('"').append(",W,I,T,").append(domestic ? "DOM" : "NDM").append(",E,S,")
                    .append(domestic ? 'T' : 'F').append(',').append(domestic ? 'D' : 'H').append(",A,")
                    .append(random.nextBoolean() ? "SMSA" : "").append(',').append(domestic ? '1' : '3')
                    .append(",0393,").append(1000 + random.nextInt(9000)).append('.').append(random.nextInt(10))
                    .append(",A,").append(supplier[0]).append(',').append(supplier[1]).append(',').append(supplyFrom)
                    .append(',').append(ms[0]).append(',').append(ms[1]).append(',').append(supplyFrom)
                    .append(",MC").append(k).append(",MCA,").append(ds[0]).append(',').append(ds[1]).append(',')
                    .append(supplyFrom).append(",DC").append(k).append(",MCA,,,\n"); // no meter
            out.append(line);
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
