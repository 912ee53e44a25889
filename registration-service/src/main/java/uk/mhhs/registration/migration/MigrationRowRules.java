package uk.mhhs.registration.migration;

import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.common.party.DipId;
import uk.mhhs.common.party.GspGroup;
import uk.mhhs.common.party.Mpid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static uk.mhhs.registration.migration.MigrationColumns.*;

/**
 * The checks on one row of a migration file, each failure with its REG code. Pure: no database, no Spring. A row
 * with any problem is not loaded; every problem of the row is reported.
 */
public final class MigrationRowRules {

    static final Set<String> CONNECTION_TYPES = Set.of("W", "L", "H", "E", "U");
    static final Set<String> ENERGISATION_STATUSES = Set.of("E", "D", "U");
    static final Set<String> MARKET_SEGMENTS = Set.of("S", "A", "U");
    static final Set<String> CONSENT_GRANULARITIES = Set.of("H", "D", "M", "N");
    static final Set<String> DCC_SERVICE_FLAGS = Set.of("A", "I", "N");
    static final Set<String> QUALITY_INDICATORS = Set.of("A", "1", "2", "3", "4", "5", "D");
    static final Set<String> SCENARIOS = Set.of("COS", "CSP", "USP", "SEG", "MCA", "MCS", "ALG");

    private final Map<String, Integer> index;
    private final int width;

    /** @param header the file's first line, split */
    public MigrationRowRules(String[] header) {
        index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.put(header[i].strip(), i);
        }
        width = header.length;
    }

    /** @return what is wrong with the header (missing, unknown or repeated columns), or empty */
    public Optional<String> headerProblem() {
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            return Optional.of("required column(s) missing: " + String.join(", ", missing));
        }
        if (index.size() != width) {
            return Optional.of("a column is named twice");
        }
        List<String> unknown = index.keySet().stream().filter(c -> !ALL.contains(c)).sorted().toList();
        return unknown.isEmpty() ? Optional.empty() : Optional.of("unknown column(s): " + String.join(", ", unknown));
    }

    /** The row, loaded as it is, or the reasons it is not. */
    public record Checked(MigrationRow row, List<RowProblem> problems) {
    }

    /**
     * @param rowNumber the file's line number
     * @param fields    the line, split
     */
    public Checked check(long rowNumber, String[] fields) {
        Fields f = new Fields(rowNumber, fields);
        if (fields.length != width) {
            f.problem(null, "REG9011", "row has " + fields.length + " fields but the header has " + width);
            return new Checked(null, f.problems);
        }
        String mpan = f.required(MPAN_CORE, "REG0000");
        long mpanCore = 0;
        int distributorId = 0;
        if (mpan != null) {
            if (!MpanCore.isValid(mpan)) {
                f.problem(MPAN_CORE, "REG0000", reasonIsInvalid(mpan));
            } else {
                mpanCore = Long.parseLong(mpan);
                distributorId = mpan.charAt(0) * 10 + mpan.charAt(1) - 11 * '0';
                if (distributorId < 10) {
                    f.problem(MPAN_CORE, "REG1092", "distributor ID " + mpan.substring(0, 2) + " does not exist");
                }
            }
        }
        LocalDate effectiveFrom = f.date(EFFECTIVE_FROM, true);
        String gsp = f.required(GSP_GROUP_ID, "REG1110");
        if (gsp != null) {
            try {
                GspGroup group = GspGroup.of(gsp);
                Optional<GspGroup> expected = GspGroup.fromDistributorId(distributorId);
                if (expected.isPresent() && expected.get() != group) {
                    f.problem(GSP_GROUP_ID, "REG1110", "distributor " + distributorId + " is in GSP group "
                            + expected.get().code() + ", not " + gsp);
                }
            } catch (RuntimeException e) {
                f.problem(GSP_GROUP_ID, "REG1110", e.getMessage());
            }
        }
        String postcode = f.optional(POSTCODE);
        if (postcode != null && postcode.length() > 10) {
            f.problem(POSTCODE, "REG9011", "postcode longer than 10 characters");
        }
        String address = f.optional(ADDRESS_LINES);
        List<String> lines = address == null ? List.of() : Arrays.asList(address.split("\\|", -1));
        String connectionType = f.oneOf(CONNECTION_TYPE, CONNECTION_TYPES, true, "REG1116");
        String energyDirection = f.oneOf(ENERGY_DIRECTION, Set.of("I", "E"), true, "REG1114");
        Boolean metered = f.flag(METERED, "REG1128");
        String duos = f.optional(DUOS_TARIFF_ID);
        if (duos != null && !duos.matches("[A-Za-z0-9]{1,3}")) {
            f.problem(DUOS_TARIFF_ID, "REG1168", "DUoS tariff ID must be 1 to 3 letters or digits but was \"" + duos + "\"");
        }
        String energisation = f.oneOf(ENERGISATION_STATUS, ENERGISATION_STATUSES, true, "REG9011");
        String segment = f.oneOf(MARKET_SEGMENT, MARKET_SEGMENTS, true, "REG1111");
        Boolean domestic = f.flag(DOMESTIC_PREMISE, "REG1113");
        String consent = f.oneOf(CONSENT_GRANULARITY, CONSENT_GRANULARITIES, false, "REG1112");
        String dcc = f.oneOf(DCC_SERVICE_FLAG, DCC_SERVICE_FLAGS, false, "REG1146");
        String smso = f.optional(SMSO_MPID);
        if (smso != null && !Mpid.isValid(smso)) {
            f.problem(SMSO_MPID, "REG1118", "SMSO must be an MPID of four letters A-Z but was \"" + smso + "\"");
        }
        Integer profileClass = null;
        String pc = f.optional(PROFILE_CLASS);
        if (pc != null) {
            if (pc.length() == 1 && pc.charAt(0) >= '0' && pc.charAt(0) <= '8') {
                profileClass = pc.charAt(0) - '0';
            } else {
                f.problem(PROFILE_CLASS, "REG1169", "profile class must be 0 to 8 but was \"" + pc + "\"");
            }
        }
        String ssc = f.optional(SSC);
        if (ssc != null && !ssc.matches("\\d{4}")) {
            f.problem(SSC, "REG1170", "SSC must be 4 digits but was \"" + ssc + "\"");
        }
        BigDecimal annual = f.kwh(ANNUAL_CONSUMPTION);
        String quality = f.oneOf(ANNUAL_CONSUMPTION_QUALITY, QUALITY_INDICATORS, annual != null, "REG9011");
        String supplierDip = f.dipId(SUPPLIER_DIP_ID, true, "REG1162");
        String supplierMpid = f.mpid(SUPPLIER_MPID, true, "REG1091");
        LocalDate supplierFrom = f.date(SUPPLIER_EFFECTIVE_FROM, true);
        MigrationRow.Appointment ms = f.appointment("ms_", "REG1165", "REG1089");
        MigrationRow.Appointment ds = f.appointment("ds_", "REG1166", "REG1090");
        String meterId = f.optional(METER_ID);
        if (meterId != null && meterId.length() > 10) {
            f.problem(METER_ID, "REG9011", "meter ID longer than 10 characters");
        }
        String meterType = f.optional(METER_TYPE);
        if (meterType != null && (meterId == null || meterType.length() > 5)) {
            f.problem(METER_TYPE, "REG9011", "meter type needs a meter ID and at most 5 characters");
        }
        String meterLocation = f.optional(METER_LOCATION);
        if (meterLocation != null && (meterId == null || !meterLocation.matches("[A-PR-Z]"))) {
            f.problem(METER_LOCATION, "REG9011", "meter location needs a meter ID and is one letter A-Z but Q");
        }
        if (!f.problems.isEmpty()) {
            return new Checked(null, f.problems);
        }
        return new Checked(new MigrationRow(rowNumber, mpanCore, distributorId, effectiveFrom, gsp, postcode, lines,
                connectionType, energyDirection, metered, duos, energisation, segment, domestic, consent, dcc, smso,
                profileClass, ssc, annual, quality, supplierDip, supplierMpid, supplierFrom, ms, ds, meterId, meterType,
                meterLocation),
                List.of());
    }

    private static String reasonIsInvalid(String mpan) {
        try {
            MpanCore.of(mpan);
            return "MPAN core is invalid";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** One row's fields by column name, collecting problems as they are read. */
    private final class Fields {
        final long row;
        final String[] values;
        final List<RowProblem> problems = new ArrayList<>(0);

        Fields(long row, String[] values) {
            this.row = row;
            this.values = values;
        }

        void problem(String column, String code, String reason) {
            problems.add(new RowProblem(row, column, code, reason));
        }

        String optional(String column) {
            Integer i = index.get(column);
            if (i == null) {
                return null;
            }
            String value = values[i].strip();
            return value.isEmpty() ? null : value;
        }

        String required(String column, String code) {
            String value = optional(column);
            if (value == null) {
                problem(column, code, column + " is required");
            }
            return value;
        }

        String oneOf(String column, Set<String> allowed, boolean required, String code) {
            String value = required ? required(column, code) : optional(column);
            if (value != null && !allowed.contains(value)) {
                problem(column, code, column + " must be one of " + allowed.stream().sorted().toList()
                        + " but was \"" + value + "\"");
                return null;
            }
            return value;
        }

        Boolean flag(String column, String code) {
            String value = oneOf(column, Set.of("T", "F"), true, code);
            return value == null ? null : value.equals("T");
        }

        LocalDate date(String column, boolean required) {
            String value = required ? required(column, "REG9011") : optional(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, "REG9011", column + " must be a date yyyy-MM-dd but was \"" + value + "\"");
                return null;
            }
        }

        String dipId(String column, boolean required, String code) {
            String value = required ? required(column, code) : optional(column);
            if (value != null && !DipId.isValid(value)) {
                problem(column, code, "DIP ID must be exactly 10 characters but was \"" + value + "\"");
            }
            return value;
        }

        String mpid(String column, boolean required, String code) {
            String value = required ? required(column, code) : optional(column);
            if (value != null && !Mpid.isValid(value)) {
                problem(column, code, "MPID must be four upper-case letters A-Z but was \"" + value + "\"");
            }
            return value;
        }

        BigDecimal kwh(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal kwh = new BigDecimal(value);
                if (kwh.signum() < 0 || kwh.scale() > 3 || kwh.precision() - kwh.scale() > 9) {
                    problem(column, "REG9011", column + " must be 0 to 999999999.999 kWh but was \"" + value + "\"");
                    return null;
                }
                return kwh;
            } catch (NumberFormatException e) {
                problem(column, "REG9011", column + " must be a number but was \"" + value + "\"");
                return null;
            }
        }

        MigrationRow.Appointment appointment(String prefix, String dipCode, String mpidCode) {
            boolean any = APPOINTMENT_SUFFIXES.stream().anyMatch(s -> optional(prefix + s) != null);
            if (!any) {
                return null;
            }
            String dipId = dipId(prefix + "dip_id", true, dipCode);
            String mpid = mpid(prefix + "mpid", true, mpidCode);
            LocalDate from = date(prefix + "effective_from", true);
            String contract = optional(prefix + "contract_reference");
            String scenario = oneOf(prefix + "scenario", SCENARIOS, false, "REG1104");
            return new MigrationRow.Appointment(dipId, mpid, from, contract, scenario);
        }
    }
}
