package uk.mhhs.localsuite.demo;

import org.junit.jupiter.api.Test;
import uk.mhhs.common.mpan.MpanCore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketGeneratorTest {

    @Test
    void theSameSeedGivesTheSameMarketAndAnotherSeedAnother() {
        assertThat(MarketGenerator.generate(500, 7)).isEqualTo(MarketGenerator.generate(500, 7));
        assertThat(MarketGenerator.generate(500, 7)).isNotEqualTo(MarketGenerator.generate(500, 8));
    }

    @Test
    void tenThousandMpansSpreadOverEveryGroupAndSupplierWithEveryKind() {
        List<SyntheticMpan> market = MarketGenerator.generate(10_000, 42);

        assertThat(market).hasSize(10_000);
        assertThat(market).allSatisfy(m -> assertThat(MpanCore.isValid(m.mpanCore())).as(m.mpanCore()).isTrue());
        assertThat(market.stream().map(SyntheticMpan::mpanCore).distinct()).hasSize(10_000);
        // round robin over the 14 groups: 10,000 = 14 × 714 + 4, so the first four groups get 715
        Map<String, Long> perGroup = market.stream().collect(Collectors.groupingBy(SyntheticMpan::gspGroup,
                Collectors.counting()));
        assertThat(perGroup).hasSize(14);
        assertThat(perGroup.values()).allSatisfy(n -> assertThat(n).isBetween(714L, 715L));
        assertThat(market).allSatisfy(m -> assertThat(m.mpanCore()).startsWith(Integer.toString(m.distributorId())));
        assertThat(market.stream().map(SyntheticMpan::supplier).distinct()).hasSize(10);
        // shares drawn at 85 / 10 / 5 %, 3 % de-energised, 8 % of smart without consent, 2 % without a DS:
        // wide bounds, 10,000 draws put each within a few tenths of a percent of its share
        assertThat(count(market, m -> m.segment() == 'S')).isBetween(8_300L, 8_700L);
        assertThat(count(market, m -> m.segment() == 'A')).isBetween(850L, 1_150L);
        assertThat(count(market, m -> m.segment() == 'U')).isBetween(400L, 600L);
        assertThat(count(market, m -> !m.energised())).isBetween(200L, 400L);
        assertThat(count(market, m -> m.consent() != 'H')).isBetween(550L, 800L);
        assertThat(count(market, m -> !m.dataService())).isBetween(120L, 280L);
        assertThat(market).filteredOn(m -> m.segment() == 'U').allSatisfy(m -> {
            assertThat(m.energised()).isTrue();
            assertThat(m.meterId()).isNull();
        });
        assertThat(market).filteredOn(m -> m.consent() != 'H').allSatisfy(m -> assertThat(m.segment()).isEqualTo('S'));
    }

    @Test
    void aMarketNeedsAnMpan() {
        assertThatThrownBy(() -> MarketGenerator.generate(0, 1)).hasMessageContaining("at least one MPAN");
    }

    @Test
    void theMigrationFileHasAHeaderAndOneRowPerMpanWithItsParties() {
        SyntheticMpan smart = new SyntheticMpan("1000000000018", "_A", 10,
                new SyntheticMpan.Supplier("ALPH", "1400000001"), 'S', true, 'H', true, new BigDecimal("3100"));
        SyntheticMpan lamps = new SyntheticMpan("1100000000017", "_B", 11,
                new SyntheticMpan.Supplier("BRVO", "1400000002"), 'U', true, 'H', false, new BigDecimal("2500"));

        String[] lines = MigrationFile.csv(List.of(smart, lamps), LocalDate.of(2025, 12, 1)).split("\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("mpan_core,effective_from,gsp_group_id,").endsWith(",meter_id,meter_type,meter_location");
        assertThat(lines[1]).isEqualTo("1000000000018,2025-12-01,_A,AB1 2CD,W,I,T,DOM,E,S,T,H,3100,A,1400000001,ALPH,"
                + "2025-12-01,1200000001,MTRA,2025-12-01,MS-1000000000018,MCA,9900000003,MHDS,2025-12-01,"
                + "DS-1000000000018,MCA,M00000018,S2A,A");
        assertThat(lines[2]).isEqualTo("1100000000017,2025-12-01,_B,AB1 2CD,U,I,F,UMS,E,U,F,H,2500,A,1400000002,BRVO,"
                + "2025-12-01,1200000001,MTRA,2025-12-01,MS-1100000000017,MCA,,,,,,,,");
        assertThat(lines[0].split(",")).hasSize(lines[1].split(",", -1).length).hasSize(lines[2].split(",", -1).length);
    }

    private static long count(List<SyntheticMpan> market, java.util.function.Predicate<SyntheticMpan> p) {
        return market.stream().filter(p).count();
    }
}
