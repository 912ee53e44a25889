package uk.mhhs.isd.participants;

import uk.mhhs.common.party.GspGroup;
import uk.mhhs.common.party.MarketRole;
import uk.mhhs.isd.catalogue.Column;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.IsdCode;
import uk.mhhs.isd.catalogue.RowRule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static uk.mhhs.isd.catalogue.ColumnType.BOOLEAN;
import static uk.mhhs.isd.catalogue.ColumnType.INTEGER;
import static uk.mhhs.isd.catalogue.ColumnType.TEXT;

/** Market participants (as the DIP's ISDPublication model has them), GSP groups, distributors, BM units. */
public final class ParticipantEntities {

    static final String[] GSP_GROUPS = Arrays.stream(GspGroup.values()).map(GspGroup::code).toArray(String[]::new);
    static final String[] DIP_ROLES = Arrays.stream(MarketRole.values()).map(MarketRole::code).toArray(String[]::new);

    private ParticipantEntities() {
    }

    /**
     * MPID, legacy market role code (one letter, e.g. X supplier, R distributor: the DIP model's
     * {@code marketRole}), DIP role and DIP ID; the DIP model's datetimeFrom/To are the effective dates.
     */
    public static final EntityDefinition MARKET_PARTICIPANT = new EntityDefinition("market-participant",
            "Market participants: MPID, market role, DIP ID and DIP role", List.of(
            Column.key("mpid", TEXT).matching("^[A-Z]{4}$"),
            Column.key("market_role", TEXT).matching("^[A-Z0-9]{1,5}$"),
            Column.key("dip_role", TEXT).oneOf(DIP_ROLES),
            Column.required("dip_id", TEXT).matching("^.{10}$"),
            Column.required("participant_name", TEXT).matching("^.{1,100}$")), List.of());

    public static final EntityDefinition GSP_GROUP = new EntityDefinition("gsp-group",
            "GSP groups _A to _P", List.of(
            Column.key("gsp_group_id", TEXT).oneOf(GSP_GROUPS),
            Column.required("gsp_group_name", TEXT).matching("^.{1,50}$")), List.of());

    public static final EntityDefinition DISTRIBUTOR = new EntityDefinition("distributor",
            "Distributors: licensed 10-23 with their GSP group, IDNOs 24+ in any group", List.of(
            Column.key("distributor_id", INTEGER).between(10, 99),
            Column.required("mpid", TEXT).references("market-participant", "mpid"),
            Column.required("distributor_name", TEXT).matching("^.{1,100}$"),
            Column.optional("gsp_group_id", TEXT).references("gsp-group", "gsp_group_id")),
            List.of(ParticipantEntities::distributorGroupFollowsFromId));

    public static final EntityDefinition SUPPLIER_BM_UNIT = new EntityDefinition("supplier-bm-unit",
            "Supplier BM units: a base unit per supplier per GSP group plus additional units", List.of(
            Column.key("bm_unit_id", TEXT).matching("^2__[A-HJ-NP][A-Z0-9]{4}[0-9]{3}$"),
            Column.required("supplier_mpid", TEXT).references("market-participant", "mpid"),
            Column.required("gsp_group_id", TEXT).references("gsp-group", "gsp_group_id"),
            Column.required("base_bm_unit", BOOLEAN)),
            List.of(ParticipantEntities::bmUnitNamesItsGroup));

    static Optional<RowRule.Broken> distributorGroupFollowsFromId(java.util.Map<String, Object> row) {
        Integer id = (Integer) row.get("distributor_id");
        Object group = row.get("gsp_group_id");
        Optional<GspGroup> licensed = GspGroup.fromDistributorId(id);
        if (licensed.isPresent() && !licensed.get().code().equals(group)) {
            return Optional.of(new RowRule.Broken("gsp_group_id", IsdCode.ISD0010.name(),
                    "distributor " + id + " is licensed for " + licensed.get().code() + ", not " + group));
        }
        return Optional.empty();
    }

    // Legacy naming convention 2__<group letter><MPID><nnn> (L: reconstructed, MDD practice).
    static Optional<RowRule.Broken> bmUnitNamesItsGroup(java.util.Map<String, Object> row) {
        String unit = (String) row.get("bm_unit_id");
        String group = (String) row.get("gsp_group_id");
        if (unit.length() > 3 && group.length() == 2 && unit.charAt(3) != group.charAt(1)) {
            return Optional.of(new RowRule.Broken("bm_unit_id", IsdCode.ISD0011.name(),
                    unit + " does not name GSP group " + group));
        }
        return Optional.empty();
    }

    public static List<EntityDefinition> all() {
        return List.of(MARKET_PARTICIPANT, GSP_GROUP, DISTRIBUTOR, SUPPLIER_BM_UNIT);
    }
}
