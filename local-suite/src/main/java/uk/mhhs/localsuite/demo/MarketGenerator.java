package uk.mhhs.localsuite.demo;

import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.common.party.GspGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic market, pure and seeded (the same size and seed give the same market): MPANs spread round robin over
 * the 14 GSP groups (distributor IDs 10–23), each with one of the ISD seed's ten suppliers, 85 % smart, 10 % advanced,
 * 5 % unmetered; 3 % of the metered de-energised; 8 % of the smart without half-hourly consent (D or N); 2 % with no
 * data service appointed (MDS defaults those).
 */
public final class MarketGenerator {

    /** The ISD seed's suppliers (market-participant.csv), each with a BM unit in every GSP group. */
    public static final List<SyntheticMpan.Supplier> SUPPLIERS = List.of(
            new SyntheticMpan.Supplier("ALPH", "1400000001"), new SyntheticMpan.Supplier("BRVO", "1400000002"),
            new SyntheticMpan.Supplier("CHRL", "1400000003"), new SyntheticMpan.Supplier("DELT", "1400000004"),
            new SyntheticMpan.Supplier("ECHO", "1400000005"), new SyntheticMpan.Supplier("FOXT", "1400000006"),
            new SyntheticMpan.Supplier("GOLF", "1400000007"), new SyntheticMpan.Supplier("HOTL", "1400000008"),
            new SyntheticMpan.Supplier("INDI", "1400000009"), new SyntheticMpan.Supplier("JULI", "1400000010"));

    private MarketGenerator() {
    }

    public static List<SyntheticMpan> generate(int mpans, long seed) {
        if (mpans < 1) {
            throw new IllegalArgumentException("a market needs at least one MPAN, not " + mpans);
        }
        SplittableRandom random = new SplittableRandom(seed);
        GspGroup[] groups = GspGroup.values();
        List<SyntheticMpan> market = new ArrayList<>(mpans);
        for (int k = 0; k < mpans; k++) {
            GspGroup group = groups[k % groups.length];
            String first12 = group.distributorId() + String.format("%010d", 500_000_000L + k / groups.length);
            String core = first12 + MpanCore.checkDigitFor(first12);
            int kind = random.nextInt(100);
            char segment = kind < 85 ? 'S' : kind < 95 ? 'A' : 'U';
            boolean energised = segment == 'U' || random.nextInt(100) >= 3;
            int consentRoll = random.nextInt(100);
            char consent = segment != 'S' ? 'H' : consentRoll < 5 ? 'D' : consentRoll < 8 ? 'N' : 'H';
            boolean dataService = random.nextInt(100) >= 2;
            BigDecimal annual = BigDecimal.valueOf(switch (segment) {
                case 'A' -> 40_000 + random.nextInt(160_000);
                case 'U' -> 2_000 + random.nextInt(8_000);
                default -> 1_800 + random.nextInt(3_000);
            });
            market.add(new SyntheticMpan(core, group.code(), group.distributorId(),
                    SUPPLIERS.get(random.nextInt(SUPPLIERS.size())), segment, energised, consent, dataService, annual));
        }
        return List.copyOf(market);
    }
}
