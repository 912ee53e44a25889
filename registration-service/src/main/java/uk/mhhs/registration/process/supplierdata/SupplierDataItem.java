package uk.mhhs.registration.process.supplierdata;

import tools.jackson.databind.JsonNode;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.RegistrationProperties;
import uk.mhhs.registration.process.RegDates;
import uk.mhhs.registration.register.MpanRegistration;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The four supplier data items of IF-025: which block carries each, where the register keeps it, its
 * effective-from date and its own rules (the sender check, REG1021, is common: {@link SupplierDataHandler}).
 * The rules that are our reading of DES138 rather than published text are marked "reconstruction".
 */
enum SupplierDataItem {

    /** B068. Consent cannot be changed retrospectively (REG1024) and must suit the segment (REG1035). */
    CONSENT_GRANULARITY("ConsentGranularity", "B068", "consent_granularity_history") {
        @Override
        LocalDate effectiveFrom(JsonNode block) {
            return RegDates.parse(text(block, "consentGranularityEffectiveFromDate"), "consentGranularityEffectiveFromDate");
        }

        @Override
        Map<String, Object> check(JsonNode block, MpanRegistration reg, Context context) {
            String value = text(block, "consentGranularity");
            if (value == null || !"HDMN".contains(value) || value.length() != 1) {
                throw new Rejected("REG1112", "consent granularity \"" + value + "\" is not H, D, M or N");
            }
            // reconstruction: consent governs what the DS may collect, so it cannot reach back before today
            if (reg.asAt().isBefore(context.today())) {
                throw new Rejected("REG1024", "consent granularity effective from " + reg.asAt()
                        + " is before today (" + context.today() + ")");
            }
            String segment = reg.marketSegment() == null ? null : reg.marketSegment().value();
            if (segment == null || !context.segments().consentAllowed(segment, value)) {
                throw new Rejected("REG1035", "consent granularity " + value + " is not allowed in market segment "
                        + segment + " on " + reg.asAt());
            }
            return Map.of("consent_granularity", value);
        }
    },

    /** B030: status I/D/E/F or none (the schema checks the value). */
    IHD_INFO("IHDInfo", "B030", "ihd_history") {
        @Override
        LocalDate effectiveFrom(JsonNode block) {
            return RegDates.parse(text(block, "IHDEffectiveFromDate"), "IHDEffectiveFromDate");
        }

        @Override
        Map<String, Object> check(JsonNode block, MpanRegistration reg, Context context) {
            String value = text(block, "IHDInstallStatus");
            if (value != null && !Arrays.asList("I", "D", "E", "F").contains(value)) {
                throw new Rejected("REG1119", "IHD install status \"" + value + "\" is not I, D, E or F");
            }
            return nullable("ihd_install_status", value);
        }
    },

    /** B031: an SMSO's MPID (4 capital letters, REG1023), or none from the date. */
    SMSO("SMSO", "B031", "smso_history") {
        @Override
        LocalDate effectiveFrom(JsonNode block) {
            return RegDates.parse(text(block, "SMSOEffectiveFromDate"), "SMSOEffectiveFromDate");
        }

        @Override
        Map<String, Object> check(JsonNode block, MpanRegistration reg, Context context) {
            String value = text(block, "SMSOID");
            if (value != null && !MPID.matcher(value).matches()) {
                throw new Rejected("REG1023", "SMSO ID \"" + value + "\" is not an MPID (4 capital letters)");
            }
            return nullable("smso_mpid", value);
        }
    },

    /**
     * B032: legacy profile class (1–2 digits, 0–8, REG1169) and SSC (4 digits, REG1170). The register keeps both
     * from one date, so when both dates are sent they must be the same (REG9011, reconstruction); the date must
     * be later than the latest held (REG1041).
     */
    SSC_AND_PROFILE_CLASS("SSCandProfileClass", "B032", "profile_history") {
        @Override
        LocalDate effectiveFrom(JsonNode block) {
            String pcFrom = text(block, "profileClassEffectiveFromDate");
            String sscFrom = text(block, "SSCEffectiveFromDate");
            if (pcFrom == null && sscFrom == null) {
                throw new Rejected("REG1088", "neither profileClassEffectiveFromDate nor SSCEffectiveFromDate is sent");
            }
            LocalDate pc = pcFrom == null ? null : RegDates.parse(pcFrom, "profileClassEffectiveFromDate");
            LocalDate ssc = sscFrom == null ? null : RegDates.parse(sscFrom, "SSCEffectiveFromDate");
            if (pc != null && ssc != null && !pc.equals(ssc)) {
                throw new Rejected("REG9011", "profile class from " + pc + " and SSC from " + ssc
                        + ": the register holds both from one date");
            }
            return pc != null ? pc : ssc;
        }

        @Override
        Map<String, Object> check(JsonNode block, MpanRegistration reg, Context context) {
            String profileClass = text(block, "profileClass");
            String ssc = text(block, "SSC");
            if (profileClass != null && (!profileClass.matches("\\d{1,2}") || Integer.parseInt(profileClass) > 8)) {
                throw new Rejected("REG1169", "profile class \"" + profileClass + "\" is not 0 to 8");
            }
            if (ssc != null && !ssc.matches("\\d{4}")) {
                throw new Rejected("REG1170", "SSC \"" + ssc + "\" is not 4 digits");
            }
            if (context.latestHeld() != null && !reg.asAt().isAfter(context.latestHeld())) {
                throw new Rejected("REG1041", "effective from " + reg.asAt()
                        + " is not later than the profile class and SSC held from " + context.latestHeld());
            }
            Map<String, Object> columns = new HashMap<>();
            columns.put("profile_class", profileClass == null ? null : Short.valueOf(profileClass));
            columns.put("ssc", ssc);
            return columns;
        }
    };

    private static final Pattern MPID = Pattern.compile("[A-Z]{4}");

    private final String event;
    private final String block;
    private final String table;

    SupplierDataItem(String event, String block, String table) {
        this.event = event;
        this.block = block;
        this.table = table;
    }

    /**
     * @param today      UK today
     * @param segments   what each market segment allows
     * @param latestHeld the latest effective-from date the register holds for the item ({@code null} if none)
     */
    record Context(LocalDate today, RegistrationProperties.Segments segments, LocalDate latestHeld) {
    }

    static Optional<SupplierDataItem> of(String event) {
        return Arrays.stream(values()).filter(i -> i.event.equals(event)).findFirst();
    }

    String block() {
        return block;
    }

    String table() {
        return table;
    }

    /** The date the item holds from; REG1088 if missing. */
    abstract LocalDate effectiveFrom(JsonNode block);

    /**
     * Checks the item against the register as at its effective date ({@code reg.asAt()}).
     *
     * @return the register columns to record
     * @throws Rejected for a broken rule
     */
    abstract Map<String, Object> check(JsonNode block, MpanRegistration reg, Context context);

    static String text(JsonNode block, String field) {
        JsonNode node = block.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    static Map<String, Object> nullable(String column, Object value) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(column, value);
        return columns;
    }
}
