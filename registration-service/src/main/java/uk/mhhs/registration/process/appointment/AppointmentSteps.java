package uk.mhhs.registration.process.appointment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.mhhs.dipclient.schedule.ScheduledStep;
import uk.mhhs.dipclient.schedule.StepHandler;

import java.time.LocalDate;

/**
 * The appointment steps: {@code ACTIVATE_APPOINTMENT} (an accepted request's date has come: IF-036, IF-037) and
 * {@code LAPSE_APPOINTMENT} (the provider did not answer within {@code appointment-lapse-days} of the effective
 * date: IF-035 Lapsed).
 */
@Configuration(proxyBeanMethods = false)
class AppointmentSteps {

    @Bean
    StepHandler activateAppointment(AppointmentRequests requests, Appointments appointments) {
        return new StepHandler() {
            @Override
            public String kind() {
                return "ACTIVATE_APPOINTMENT";
            }

            @Override
            public String run(ScheduledStep step, LocalDate today) {
                AppointmentRequest r = requests.lock(Long.parseLong(step.ref())).orElseThrow();
                if (!"ACCEPTED".equals(r.status())) {
                    return "request is " + r.status();
                }
                appointments.activate(r.id(), r.effectiveFrom(), ProviderResponseHandler.deAppointmentReason(r.scenario()));
                return "active";
            }
        };
    }

    @Bean
    StepHandler lapseAppointment(AppointmentRequests requests, Appointments appointments) {
        return new StepHandler() {
            @Override
            public String kind() {
                return "LAPSE_APPOINTMENT";
            }

            @Override
            public String run(ScheduledStep step, LocalDate today) {
                AppointmentRequest r = requests.lock(Long.parseLong(step.ref())).orElseThrow();
                if (!"REQUESTED".equals(r.status())) {
                    return "request is " + r.status();
                }
                appointments.lapse(r, "no answer from the provider");
                return "lapsed";
            }
        };
    }
}
