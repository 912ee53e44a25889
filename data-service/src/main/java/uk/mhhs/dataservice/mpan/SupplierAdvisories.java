package uk.mhhs.dataservice.mpan;

import org.springframework.stereotype.Component;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.time.LocalDate;
import java.util.Set;

/**
 * IF-024 supplier notifications: [SN-Vacant], [SN-NoComms], [SN-RemoteDisabled] / [SN-RemoteEnabled],
 * [SN-SupplierAC] (the SNAC, B058) and [SN-OffPeakDec], each from B057's effective date and, where B057 gives an
 * expiry date, undone from the day after it. Only the MPAN's supplier in our appointment may send them; IF-024 has
 * no response interface, so a refusal is logged (REJECTED with the reason) and changes nothing.
 */
@Component
class SupplierAdvisories implements InboundHandler {

    private final MpanFactStore store;

    SupplierAdvisories(MpanFactStore store) {
        this.store = store;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-024");
    }

    @Override
    public void handle(Incoming message) {
        String core = message.mpanCore();
        long mpan = message.mpanCoreOrReject("MSG1001");
        LocalDate from = EffectiveDates.parse(message.text("B057", "supplierNotificationEffectiveFromDate"))
                .orElseThrow(() -> new Rejected("MSG1001", "B057.supplierNotificationEffectiveFromDate is missing"));
        var appointment = store.appointmentOn(mpan, from).orElseThrow(() -> new Rejected("MSG1010",
                "we are not the Data Service of MPAN " + core + " on " + from));
        if (appointment.supplierDipId() != null && !appointment.supplierDipId().equals(message.senderDipId())) {
            throw new Rejected("MSG1010", "sender " + message.senderDipId() + " is not the supplier "
                    + appointment.supplierDipId() + " of MPAN " + core + " on " + from);
        }
        LocalDate expiry = EffectiveDates.parse(message.text("B057", "supplierNotificationExpiryDate")).orElse(null);
        switch (message.event()) {
            case "SN-Vacant" -> flag(mpan, Fact.VACANT, from, expiry, message);
            case "SN-NoComms" -> flag(mpan, Fact.NO_COMMS, from, expiry, message);
            case "SN-RemoteDisabled" -> flag(mpan, Fact.REMOTE_DISABLED, from, expiry, message);
            case "SN-RemoteEnabled" -> store.fact(mpan, Fact.REMOTE_DISABLED, from, "F", message.transactionId());
            case "SN-OffPeakDec" -> flag(mpan, Fact.OFF_PEAK, from, expiry, message);
            case "SN-SupplierAC" -> {
                String snac = message.text("B058", "supplierNominatedAnnualConsumption");
                if (snac == null) {
                    throw new Rejected("MSG1001", "B058.supplierNominatedAnnualConsumption is missing");
                }
                store.fact(mpan, Fact.SNAC, from, snac, message.transactionId());
            }
            default -> throw new Rejected("RCP1003", "unknown IF-024 event " + message.eventCode());
        }
    }

    private void flag(long mpan, Fact fact, LocalDate from, LocalDate expiry, Incoming message) {
        store.fact(mpan, fact, from, "T", message.transactionId());
        if (expiry != null) {
            store.fact(mpan, fact, expiry.plusDays(1), "F", message.transactionId());
        }
    }
}
