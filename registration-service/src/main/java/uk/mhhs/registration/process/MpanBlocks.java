package uk.mhhs.registration.process;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.envelope.M0;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;
import uk.mhhs.registration.reference.ReferenceData;
import uk.mhhs.registration.register.Dated;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;
import uk.mhhs.registration.register.RegisterLookup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The DES138 data blocks of an MPAN's registration as the outgoing messages carry them (B002 … B905), built from
 * {@link MpanRegistration}. A block the schema requires but the register does not hold (e.g. no connection type
 * yet) cannot be sent: {@link Rejected} REG9011.
 */
@Component
public class MpanBlocks {

    private final RegisterLookup lookup;
    private final ReferenceData reference;

    public MpanBlocks(RegisterLookup lookup, ReferenceData reference) {
        this.lookup = lookup;
        this.reference = reference;
    }

    public static ObjectNode object() {
        return JsonMapper.shared().createObjectNode();
    }

    /** The register as at {@code date}; REG0000 if the MPAN core is malformed or not registered. */
    public MpanRegistration registration(String mpanCore, LocalDate date) {
        MpanCore mpan;
        try {
            mpan = MpanCore.of(mpanCore);
        } catch (IllegalArgumentException e) {
            throw new Rejected("REG0000", e.getMessage());
        }
        return lookup.asAt(mpan, date)
                .orElseThrow(() -> new Rejected("REG0000", "MPAN " + mpanCore + " is not registered"));
    }

    /** M0: the MPAN core, its LDSO's DIP ID (ISD) and its GSP group on the date. */
    public M0 m0(MpanRegistration reg) {
        return new M0(reg.mpanCore(), ldsoDipId(reg), required(reg.gspGroupId(), "GSP group").value());
    }

    /** M0 of a response to {@code message}: from the register on {@code date} if it holds the MPAN, else as sent. */
    public M0 responseM0(Incoming message, LocalDate date) {
        try {
            return m0(registration(message.mpanCore(), date));
        } catch (Rejected unknown) {
            return message.m0AsSent();
        }
    }

    /** The DIP ID of the MPAN's distributor (ISD {@code distributor} → {@code market-participant} LDSO). */
    public String ldsoDipId(MpanRegistration reg) {
        return reference.ldsoDipId(reg.distributorId(), reg.asAt()).orElseThrow(() -> new Rejected("REG1079",
                "ISD holds no LDSO DIP ID for distributor " + reg.distributorId() + " on " + reg.asAt()));
    }

    public static ObjectNode b002(String dipId, String mpid, LocalDate from) {
        ObjectNode b = object();
        b.put("incomingSupplierDIPID", dipId);
        b.put("incomingSupplierMPID", mpid);
        b.put("supplierEffectiveFromDate", RegDates.format(from));
        return b;
    }

    public static ObjectNode b013(String cssRegistrationId) {
        ObjectNode b = object();
        b.put("CSSRegistrationID", cssRegistrationId);
        return b;
    }

    /** B005: the MS and DS appointed on the registration's date (nulls where none). */
    public static ObjectNode b005(Parties parties) {
        ObjectNode b = object();
        b.put("currentMeteringServiceDIPID", parties.meteringService() == null ? null
                : parties.meteringService().dipId());
        b.put("currentMeteringServiceMPID", parties.meteringService() == null ? null
                : parties.meteringService().mpid());
        b.put("currentDataServiceDIPID", parties.dataService() == null ? null : parties.dataService().dipId());
        b.put("currentDataServiceMPID", parties.dataService() == null ? null : parties.dataService().mpid());
        return b;
    }

    public static ObjectNode b022(MpanRegistration reg) {
        ObjectNode b = object();
        Dated<MpanRegistration.Address> address = reg.address();
        b.put("meteringPointPostcode", address == null ? null : address.value().postcode());
        List<String> lines = address == null ? List.of() : address.value().lines();
        for (int i = 0; i < 9; i++) {
            String line = i < lines.size() && !lines.get(i).isBlank() ? lines.get(i) : null;
            b.put("addressLine" + (i + 1), line);
        }
        return b;
    }

    public static ObjectNode b023(MpanRegistration reg) {
        Dated<MpanRegistration.Connection> c = required(reg.connection(), "connection type");
        ObjectNode b = object();
        b.put("connectionTypeIndicator", c.value().connectionType());
        b.put("connectionTypeEffectiveFromDate", RegDates.format(c.effectiveFrom()));
        b.put("energyDirection", c.value().energyDirection());
        b.put("meteredIndicator", c.value().metered());
        return b;
    }

    public static ObjectNode b024(MpanRegistration reg) {
        Dated<String> d = required(reg.duosTariffId(), "DUoS tariff ID");
        ObjectNode b = object();
        b.put("DUOSTariffID", d.value());
        b.put("DUOSTariffIDEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        return b;
    }

    public static ObjectNode b025(MpanRegistration reg) {
        Dated<String> d = required(reg.energisationStatus(), "energisation status");
        return b025(d.value(), d.effectiveFrom());
    }

    public static ObjectNode b025(String status, LocalDate from) {
        ObjectNode b = object();
        b.put("energisationStatus", status);
        b.put("energisationStatusEffectiveFromDate", RegDates.format(from));
        return b;
    }

    public static ObjectNode b026(MpanRegistration reg) {
        Dated<String> d = required(reg.marketSegment(), "market segment");
        ObjectNode b = object();
        b.put("marketSegmentIndicator", d.value());
        b.put("marketSegmentIndicatorEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        return b;
    }

    /** B027, or {@code null} if no annual consumption is held. */
    public static ObjectNode b027(MpanRegistration reg) {
        Dated<MpanRegistration.AnnualConsumption> d = reg.annualConsumption();
        if (d == null) {
            return null;
        }
        ObjectNode b = object();
        b.put("annualConsumption", d.value().kwh().setScale(3, java.math.RoundingMode.UNNECESSARY).toPlainString());
        b.put("annualConsumptionEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        b.put("annualConsumptionQualityIndicator", d.value().qualityIndicator());
        return b;
    }

    /** B028 (IF-036) / B004 (IF-001): same fields. */
    public static ObjectNode b028(MpanRegistration reg) {
        Dated<Boolean> d = required(reg.domesticPremise(), "domestic premise indicator");
        ObjectNode b = object();
        b.put("domesticPremiseIndicator", d.value());
        b.put("domesticPremiseIndicatorEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        return b;
    }

    /** B029, or {@code null} if not held. */
    public static ObjectNode b029(MpanRegistration reg) {
        Dated<String> d = reg.dccServiceFlag();
        if (d == null) {
            return null;
        }
        ObjectNode b = object();
        b.put("DCCServiceFlag", d.value());
        b.put("DCCEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        return b;
    }

    /** B030, or {@code null} if not held. */
    public static ObjectNode b030(MpanRegistration reg) {
        Dated<String> d = reg.ihdStatus();
        if (d == null) {
            return null;
        }
        ObjectNode b = object();
        b.put("IHDInstallStatus", d.value());
        b.put("IHDEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        return b;
    }

    /** B031, or {@code null} if not held. */
    public static ObjectNode b031(MpanRegistration reg) {
        Dated<String> d = reg.smsoMpid();
        if (d == null) {
            return null;
        }
        ObjectNode b = object();
        b.put("SMSOID", d.value());
        b.put("SMSOEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        return b;
    }

    /** B032, or {@code null} if not held. */
    public static ObjectNode b032(MpanRegistration reg) {
        Dated<MpanRegistration.Profile> d = reg.profile();
        if (d == null) {
            return null;
        }
        ObjectNode b = object();
        Integer pc = d.value().profileClass();
        b.put("profileClass", pc == null ? null : String.format("%02d", pc));
        b.put("profileClassEffectiveFromDate", pc == null ? null : RegDates.format(d.effectiveFrom()));
        b.put("SSC", d.value().ssc());
        b.put("SSCEffectiveFromDate", d.value().ssc() == null ? null : RegDates.format(d.effectiveFrom()));
        return b;
    }

    /** B068, or {@code null} if not held. */
    public static ObjectNode b068(MpanRegistration reg) {
        Dated<String> d = reg.consentGranularity();
        if (d == null) {
            return null;
        }
        ObjectNode b = object();
        b.put("consentGranularity", d.value());
        b.put("consentGranularityEffectiveFromDate", RegDates.format(d.effectiveFrom()));
        return b;
    }

    /** B905List: the meters installed on the date, or {@code null} if none. */
    public static ArrayNode b905List(MpanRegistration reg) {
        if (reg.meters().isEmpty()) {
            return null;
        }
        ArrayNode list = JsonMapper.shared().createArrayNode();
        for (MpanRegistration.Meter m : reg.meters()) {
            ObjectNode entry = list.addObject();
            ObjectNode meter = entry.putObject("existingMeter");
            meter.put("meterID", m.meterId());
            meter.put("meterType", m.meterType());
            meter.put("manufacturersMakeAndType", m.manufacturersMakeAndType());
            meter.put("ESMEGUID", m.esmeGuid());
            meter.put("meterLocation", m.meterLocation());
            meter.put("numberOfDisplayedRegisterDigits", m.displayedDigits());
            meter.put("meterInstallationDate", RegDates.format(m.installedOn()));
            if (m.mapMpid() != null) {
                ObjectNode map = entry.putObject("existingMAP");
                map.put("meterAssetProviderID", m.mapMpid());
                map.put("meterAssetProviderEffectiveFromDate", RegDates.format(m.installedOn()));
            }
        }
        return list;
    }

    /**
     * B035List: each linked import/export MPAN with its energy direction and supplier on the date, or
     * {@code null} if none.
     */
    public ArrayNode b035List(MpanRegistration reg) {
        if (reg.relationships() == null || reg.relationships().value().linkedMpans().isEmpty()) {
            return null;
        }
        ArrayNode list = JsonMapper.shared().createArrayNode();
        for (String linked : reg.relationships().value().linkedMpans()) {
            var other = lookup.asAt(MpanCore.of(linked), reg.asAt());
            ObjectNode entry = list.addObject();
            entry.put("linkedImportExportMPAN", linked);
            entry.put("linkedMPANEnergyDirection", other.map(o -> o.connection() == null ? null
                    : o.connection().value().energyDirection()).orElse(null));
            Parties.Supplier supplier = other.map(o -> o.parties().supplier()).orElse(null);
            entry.put("importExportMPANSupplierDIPID", supplier == null ? null : supplier.dipId());
            entry.put("importExportMPANSupplierMPID", supplier == null ? null : supplier.mpid());
        }
        return list;
    }

    /**
     * B037List: the related MPANs, this MPAN as primary (the register keeps the set of related MPANs, not which
     * of them is primary: a reconstruction), or {@code null} if none.
     */
    public static ArrayNode b037List(MpanRegistration reg) {
        if (reg.relationships() == null || reg.relationships().value().relatedMpans().isEmpty()) {
            return null;
        }
        ArrayNode list = JsonMapper.shared().createArrayNode();
        for (String related : reg.relationships().value().relatedMpans()) {
            ObjectNode entry = list.addObject();
            entry.put("primaryMPAN", reg.mpanCore());
            entry.put("secondaryMPAN", related);
        }
        return list;
    }

    /** Puts {@code value} under {@code name} unless it is {@code null} (optional blocks). */
    public static void putIfPresent(ObjectNode block, String name, tools.jackson.databind.JsonNode value) {
        if (value != null) {
            block.set(name, value);
        }
    }

    /**
     * The site blocks IF-002, IF-033 and IF-036 carry: B022–B026 required, B027, B029–B032 optional (B028, B068
     * only where the interface has them: the caller adds those).
     */
    public ObjectNode siteBlocks(ObjectNode custom, MpanRegistration reg, boolean withAnnualConsumption,
                                 boolean withIhd) {
        custom.set("B022", b022(reg));
        custom.set("B023", b023(reg));
        custom.set("B024", b024(reg));
        custom.set("B025", b025(reg));
        custom.set("B026", b026(reg));
        if (withAnnualConsumption) {
            putIfPresent(custom, "B027", b027(reg));
        }
        putIfPresent(custom, "B029", b029(reg));
        if (withIhd) {
            putIfPresent(custom, "B030", b030(reg));
        }
        putIfPresent(custom, "B031", b031(reg));
        putIfPresent(custom, "B032", b032(reg));
        return custom;
    }

    static <T> Dated<T> required(Dated<T> value, String what) {
        if (value == null) {
            throw new Rejected("REG9011", "the register holds no " + what + " for the MPAN on the date");
        }
        return value;
    }

    static String decimal(BigDecimal value) {
        return value.setScale(3, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
