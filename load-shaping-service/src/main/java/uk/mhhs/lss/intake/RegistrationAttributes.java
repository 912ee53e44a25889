package uk.mhhs.lss.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.mhhs.common.time.EffectiveDates;
import uk.mhhs.dipclient.process.InboundHandler;
import uk.mhhs.dipclient.process.Incoming;
import uk.mhhs.dipclient.process.Rejected;

import java.sql.Date;
import java.util.Set;

/**
 * IF-026 from REGS (the registration message DES138 routes to LSS): [SSCandProfileClass] gives the MPAN's legacy
 * profile class, from which LSS takes the domestic premise indicator of its load shape category (profile classes 1
 * and 2 are domestic, 3 to 8 are not: a reconstruction, as no MHHS message to LSS carries the indicator itself).
 * The other IF-026 events are not load shape attributes and are only logged.
 */
@Component
class RegistrationAttributes implements InboundHandler {

    private final JdbcTemplate jdbc;

    RegistrationAttributes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> interfaces() {
        return Set.of("IF-026");
    }

    @Override
    public void handle(Incoming message) {
        if (!"SSCandProfileClass".equals(message.event())) {
            return;
        }
        String core = message.mpanCore();
        long mpan = message.mpanCoreOrReject("MSG1001");
        String profileClass = message.text("B032", "profileClass");
        var from = EffectiveDates.parse(message.text("B032", "profileClassEffectiveFromDate"))
                .orElseThrow(() -> new Rejected("MSG1001", "B032.profileClassEffectiveFromDate missing"));
        if (profileClass == null || !profileClass.matches("0?[1-8]")) {
            throw new Rejected("MSG1001", "B032.profileClass is not 1 to 8: " + profileClass);
        }
        String domestic = Integer.parseInt(profileClass) <= 2 ? "T" : "F";
        jdbc.update("""
                insert into mpan_attribute (mpan_core, attribute, effective_from, value) values (?, 'DOMESTIC', ?, ?)
                on conflict (mpan_core, attribute, effective_from) do update set value = excluded.value""",
                mpan, Date.valueOf(from), domestic);
    }
}
