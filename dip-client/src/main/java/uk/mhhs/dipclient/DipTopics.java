package uk.mhhs.dipclient;

import java.util.Locale;

/**
 * Names of the Kafka topics that stand in for the DIP: {@code dip.submissions} (IFs from our own
 * services), {@code dip.pub.<nnn>} (one per publication, keyed by MPAN core), {@code dip.status}
 * (asynchronous status messages), {@code <topic>.dlt} dead-letter topics, and the registration service's
 * compacted {@code registration.parties} (each MPAN's party history, read by the gateway's routing).
 */
public final class DipTopics {

    private final String prefix;

    public DipTopics(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String submissions() {
        return prefix + "dip.submissions";
    }

    public String status() {
        return prefix + "dip.status";
    }

    /**
     * The compacted topic of MPAN party histories: key = MPAN core, value = a
     * {@link uk.mhhs.dipclient.registration.PartyHistory} as JSON. Declared (compacted) by the registration
     * service, which publishes it; read by {@link uk.mhhs.dipclient.registration.RegistrationPartiesCache}.
     */
    public String registrationParties() {
        return prefix + "registration.parties";
    }

    /**
     * {@code dip.pub.021} for {@code IF-021}, {@code PUB-021} or {@code 021}; {@code dip.rep.002a} for the report
     * {@code REP-002A} (reports get topics of their own: REP-002 must not share IF-002's topic).
     */
    public String publication(String interfaceOrPublicationId) {
        String id = interfaceOrPublicationId.toUpperCase(Locale.ROOT);
        int dash = id.lastIndexOf('-');
        String number = (dash >= 0 ? id.substring(dash + 1) : id).toLowerCase(Locale.ROOT);
        return prefix + (id.startsWith("REP-") ? "dip.rep." : "dip.pub.") + number;
    }

    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }
}
