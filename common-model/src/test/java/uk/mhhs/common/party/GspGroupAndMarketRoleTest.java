package uk.mhhs.common.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.mhhs.common.mpan.MpanCore;

class GspGroupAndMarketRoleTest {

    @Test
    void there_are_fourteen_gsp_groups_without_i_and_o() {
        assertThat(Arrays.stream(GspGroup.values()).map(GspGroup::code)).containsExactly(
                "_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_J", "_K", "_L", "_M", "_N", "_P");
    }

    @Test
    void maps_each_licensed_distributor_id_to_its_group() {
        assertThat(IntStream.rangeClosed(10, 23).mapToObj(id -> GspGroup.fromDistributorId(id).orElseThrow().code()))
                .containsExactly("_A", "_B", "_C", "_D", "_E", "_F", "_G", "_H", "_N", "_J", "_P", "_K", "_L", "_M");
        assertThat(GspGroup.fromDistributorId(13)).hasValueSatisfying(g ->
                assertThat(g.regionName()).isEqualTo("Merseyside & N Wales"));
        assertThat(GspGroup._P.regionName()).isEqualTo("North Scotland");
        assertThat(GspGroup.fromDistributorId(MpanCore.of("2000056535971").distributorId())).contains(GspGroup._P);
    }

    @Test
    void idno_and_unknown_distributor_ids_have_no_fixed_group() {
        assertThat(GspGroup.fromDistributorId(24)).isEmpty();
        assertThat(GspGroup.fromDistributorId(99)).isEmpty();
        assertThat(GspGroup.fromDistributorId(9)).isEmpty();
    }

    @Test
    void parses_gsp_group_codes_case_sensitively() {
        assertThat(GspGroup.of("_K")).isEqualTo(GspGroup._K);
        assertThatThrownBy(() -> GspGroup.of("_k")).isInstanceOf(UnknownGspGroupException.class)
                .hasMessage("GSP group ID must be one of _A.._H, _J.._N, _P but was \"_k\"");
        assertThatThrownBy(() -> GspGroup.of("_I")).isInstanceOf(UnknownGspGroupException.class);
    }

    @Test
    void parses_the_sixteen_market_roles() {
        assertThat(MarketRole.values()).hasSize(16);
        assertThat(MarketRole.of("UMSDS")).isEqualTo(MarketRole.UMSDS);
        assertThat(MarketRole.of("SDS").description()).isEqualTo("Smart Data Service");
        assertThat(Arrays.stream(MarketRole.values()).map(MarketRole::code))
                .allMatch(code -> code.length() >= 3 && code.length() <= 5);
        assertThatThrownBy(() -> MarketRole.of("sup")).isInstanceOf(UnknownMarketRoleException.class)
                .hasMessageEndingWith("but was \"sup\"");
        assertThatThrownBy(() -> MarketRole.of(null)).hasMessageEndingWith("but was null");
    }
}
