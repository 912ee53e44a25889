package uk.mhhs.registration.process.disconnection;

import org.springframework.stereotype.Component;
import uk.mhhs.registration.parties.PartyHistoryPublisher;
import uk.mhhs.registration.process.appointment.Appointments;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.Parties;
import uk.mhhs.registration.register.RegisterWriter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends the MS and DS appointments held on a date because the MPAN stops being traded (disconnection, CSS
 * de-registration): each appointment is recorded as ended from that date, IF-037 {@code [MSDeApp]} /
 * {@code [DSDeApp]} with reason DEREG goes to the de-appointed provider, the supplier, the LDSO and the MDS
 * ({@link Appointments#deAppoint}: effective-to = the day before, B002 = the supplier on the date), and the MPAN's
 * party history is republished.
 */
@Component
class DeAppointing {

    private final RegisterWriter writer;
    private final Appointments appointments;
    private final PartyHistoryPublisher partyHistory;

    DeAppointing(RegisterWriter writer, Appointments appointments, PartyHistoryPublisher partyHistory) {
        this.writer = writer;
        this.appointments = appointments;
        this.partyHistory = partyHistory;
    }

    /** @return the messages sent, e.g. {@code IF-037 [MSDeApp]} */
    List<String> endAppointments(MpanRegistration reg, LocalDate from) {
        List<String> sent = new ArrayList<>();
        Parties parties = reg.parties();
        for (String service : List.of("MS", "DS")) {
            Parties.Appointment held = "MS".equals(service) ? parties.meteringService() : parties.dataService();
            if (held != null) {
                writer.appointment(reg.mpanCore(), service, from, null, null, null, null, null);
                appointments.deAppoint(reg, service, held, from, "DEREG", null, null, null, parties.supplier());
                sent.add("IF-037 [" + service + "DeApp]");
            }
        }
        if (!sent.isEmpty()) {
            partyHistory.publish(reg.mpanCore());
        }
        return sent;
    }
}
