package uk.mhhs.dipclient.access;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTokensTest {

    private final RoleTokens tokens = RoleTokens.of("r-token", "o-token", "a-token");

    @Test
    void each_token_proves_its_own_role() {
        assertThat(tokens.roleOf("r-token")).contains(Role.READ_ONLY);
        assertThat(tokens.roleOf("o-token")).contains(Role.OPERATOR);
        assertThat(tokens.roleOf("a-token")).contains(Role.ADMIN);
    }

    @Test
    void a_missing_unknown_or_near_token_proves_nothing() {
        assertThat(tokens.roleOf(null)).isEmpty();
        assertThat(tokens.roleOf("")).isEmpty();
        assertThat(tokens.roleOf("o-toke")).isEmpty();
        assertThat(tokens.roleOf("O-TOKEN")).isEmpty();
    }

    @Test
    void a_blank_configured_token_leaves_its_role_closed() {
        RoleTokens onlyOperator = RoleTokens.of("", "o-token", null);
        assertThat(onlyOperator.roleOf("")).isEmpty();
        assertThat(onlyOperator.roleOf(null)).isEmpty();
        assertThat(onlyOperator.roleOf("o-token")).contains(Role.OPERATOR);
        assertThat(RoleTokens.of(null, " ", "").anyConfigured()).isFalse();
    }

    @Test
    void a_token_given_to_two_roles_proves_the_higher() {
        assertThat(RoleTokens.of("same", "same", "other").roleOf("same")).isEqualTo(Optional.of(Role.OPERATOR));
    }

    @Test
    void roles_cover_those_below_them() {
        assertThat(Role.ADMIN.covers(Role.OPERATOR)).isTrue();
        assertThat(Role.OPERATOR.covers(Role.READ_ONLY)).isTrue();
        assertThat(Role.OPERATOR.covers(Role.OPERATOR)).isTrue();
        assertThat(Role.READ_ONLY.covers(Role.OPERATOR)).isFalse();
        assertThat(Role.OPERATOR.covers(Role.ADMIN)).isFalse();
    }
}
