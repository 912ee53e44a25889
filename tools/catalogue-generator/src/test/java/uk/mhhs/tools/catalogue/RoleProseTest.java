package uk.mhhs.tools.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DES138 sender/receiver texts (quoted as they appear there) and the roles they name. */
class RoleProseTest {

    @Test
    void reads_roles_from_parenthesised_lists_and_bare_codes() {
        assertThat(RoleProse.rolesIn(
                "Data Service (ADS, SDS, UMSDS) / Metering Service (MSA, MSS, UMSO) / LDSO / MDS / Supplier"))
                .containsExactly("SUP", "LDSO", "MSS", "MSA", "UMSO", "SDS", "ADS", "UMSDS", "MDS");
    }

    @Test
    void reads_spelled_out_services() {
        assertThat(RoleProse.rolesIn("Registration Service")).containsExactly("REGS");
        assertThat(RoleProse.rolesIn("Data Communications Company (DCC)")).containsExactly("DCC");
        assertThat(RoleProse.rolesIn(
                "Metering Service Smart (MSS) & Metering Service Advanced (MSA), Unmetered Supplies Operator (UMSO)"))
                .containsExactly("MSS", "MSA", "UMSO");
        assertThat(RoleProse.rolesIn("Central Settlements (ISD)")).containsExactly("ISD");
    }

    @Test
    void public_all_roles_means_every_role_and_file_sharing_public_means_none() {
        assertThat(RoleProse.rolesIn("Public (All Roles)")).hasSize(16).startsWith("REGS").endsWith("DCC");
        assertThat(RoleProse.rolesIn(
                "Supplier (SUP), Data Services (ADS, SDS, UMSDS), Public (via separate file-sharing mechanism)"))
                .containsExactly("SUP", "SDS", "ADS", "UMSDS");
    }

    @Test
    void bare_ms_and_ds_mean_every_metering_and_data_service() {
        assertThat(RoleProse.rolesIn("MS, DS, Supplier"))
                .containsExactly("SUP", "MSS", "MSA", "UMSO", "SDS", "ADS", "UMSDS");
    }

    @Test
    void the_dip_replay_service_is_the_dip_pseudo_role() {
        assertThat(RoleProse.rolesIn("DIP Replay Service")).containsExactly("DIP");
    }

    @Test
    void text_without_any_role_is_refused() {
        assertThatThrownBy(() -> RoleProse.rolesIn("Somebody")).hasMessageContaining("Somebody");
    }
}
