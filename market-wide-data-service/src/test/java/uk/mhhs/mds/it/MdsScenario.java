package uk.mhhs.mds.it;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.dipclient.DipTopics;
import uk.mhhs.testsupport.dip.If021Message;
import uk.mhhs.testsupport.dip.Pubs;
import uk.mhhs.testsupport.kafka.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * What MDS's scenario tests do as the DIP and REGS would: fresh MPANs of distributor 12 (GSP group _C), PUBs
 * delivered to MDS, IF-001 registrations, IF-021 from the data service, and waits on what MDS recorded.
 */
final class MdsScenario {

    static final String MDS = "9900000005";
    static final String REGS = "9900000002";
    static final String DS = "1100000001";
    static final String SUPPLIER = "1400000001";
    static final String LDSO = "2300000004";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() & 0xFFFFFFL);

    private final JdbcTemplate jdbc;
    private final DipTopics topics;

    MdsScenario(JdbcTemplate jdbc, DipTopics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    /** A fresh valid MPAN core of distributor 12. */
    static String newMpan() {
        String first12 = String.format("12%010d", SEQUENCE.incrementAndGet() % 10_000_000_000L);
        return first12 + MpanCore.checkDigitFor(first12);
    }

    /** Delivers a PUB to MDS ({@code mpan} null for an interface without M0); returns its transaction ID. */
    String publish(String interfaceId, String event, String sender, String role, String mpan, String custom) {
        String tx = "T-" + interfaceId + "-" + SEQUENCE.incrementAndGet();
        TopicReader.send(topics.publication(interfaceId), mpan, Pubs.delivered(interfaceId, event, sender, role,
                List.of(MDS), mpan, LDSO, "_C", custom, tx).getBytes(StandardCharsets.UTF_8));
        return tx;
    }

    /** Delivers a message from REGS. */
    String fromRegs(String interfaceId, String event, String mpan, String custom) {
        return publish(interfaceId, event, REGS, "REGS", mpan, custom);
    }

    /** Waits until MDS logged {@code tx} ACCEPTED. */
    void awaitApplied(String tx) {
        awaitApplied(List.of(tx));
    }

    void awaitApplied(Collection<String> transactions) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from process_message where status = 'ACCEPTED' and reference = any (?)",
                Integer.class, (Object) transactions.toArray(String[]::new)) == transactions.size());
    }

    /** Registers a fresh MPAN with {@code registration} (IF-001 from REGS) and waits for it; returns the MPAN. */
    String register(Registration registration) {
        return registerAll(1, registration).get(0);
    }

    /** Registers {@code count} fresh MPANs alike and waits for all of them. */
    List<String> registerAll(int count, Registration registration) {
        List<String> mpans = new ArrayList<>();
        List<String> transactions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String mpan = newMpan();
            transactions.add(fromRegs("IF-001", "[InitialRegistration]", mpan, registration.json()));
            mpans.add(mpan);
        }
        awaitApplied(transactions);
        return mpans;
    }

    /** Delivers an IF-021 (M0 of _C and the LDSO, to MDS); returns its transaction ID. */
    String deliver(If021Message message) {
        String tx = "T-IF-021-" + SEQUENCE.incrementAndGet();
        message.gspGroup("_C").distributorDipId(LDSO).primaryRecipients(List.of(MDS)).delivered(tx);
        TopicReader.send(topics.publication("IF-021"), message.mpanCore(),
                message.toPubJson().getBytes(StandardCharsets.UTF_8));
        return tx;
    }

    /** Rows (all versions) stored for the MPAN. */
    int stored(String mpan) {
        return jdbc.queryForObject("select count(*) from consumption where mpan_core = ?", Integer.class,
                Long.parseLong(mpan));
    }

    /** Waits until the MPAN has exactly {@code rows} rows (versions) stored. */
    void awaitStored(String mpan, int rows) {
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(mpan) == rows);
    }

    /**
     * The IF-001 [InitialRegistration] a test registers with: supplier ALPH (B002) from a date, connection type
     * (B023, import) and energisation (B025) always; domestic indicator (B004), the data service in B005, DUoS tariff
     * (B024), segment (B026) and annual consumption (B027) when set.
     */
    static final class Registration {

        private final String from;
        private String energisation = "E";
        private String connectionType = "W";
        private Boolean domestic;
        private boolean dataService;
        private String tariff;
        private String segment;
        private String annualConsumption;

        private Registration(LocalDate from) {
            this.from = from + "T00:00:00+00:00";
        }

        static Registration from(LocalDate date) {
            return new Registration(date);
        }

        Registration energisation(String value) { energisation = value; return this; }
        Registration connectionType(String value) { connectionType = value; return this; }
        Registration domestic(boolean value) { domestic = value; return this; }
        Registration withDataService() { dataService = true; return this; }
        Registration tariff(String value) { tariff = value; return this; }
        Registration segment(String value) { segment = value; return this; }
        Registration annualConsumption(String value) { annualConsumption = value; return this; }

        String json() {
            List<String> blocks = new ArrayList<>();
            blocks.add("\"B002\":{\"incomingSupplierDIPID\":\"" + SUPPLIER + "\",\"incomingSupplierMPID\":\"ALPH\","
                    + "\"supplierEffectiveFromDate\":\"" + from + "\"}");
            if (domestic != null) {
                blocks.add("\"B004\":{\"domesticPremiseIndicator\":" + domestic
                        + ",\"domesticPremiseIndicatorEffectiveFromDate\":\"" + from + "\"}");
            }
            if (dataService) {
                blocks.add("\"B005\":{\"currentMeteringServiceDIPID\":null,\"currentMeteringServiceMPID\":null,"
                        + "\"currentDataServiceDIPID\":\"" + DS + "\",\"currentDataServiceMPID\":\"METD\"}");
            }
            blocks.add("\"B023\":{\"connectionTypeIndicator\":\"" + connectionType + "\","
                    + "\"connectionTypeEffectiveFromDate\":\"2024-01-01T00:00:00+00:00\",\"energyDirection\":\"I\","
                    + "\"meteredIndicator\":true}");
            if (tariff != null) {
                blocks.add("\"B024\":{\"DUOSTariffID\":\"" + tariff + "\",\"DUOSTariffIDEffectiveFromDate\":\"" + from
                        + "\"}");
            }
            blocks.add("\"B025\":{\"energisationStatus\":\"" + energisation
                    + "\",\"energisationStatusEffectiveFromDate\":\"" + from + "\"}");
            if (segment != null) {
                blocks.add("\"B026\":{\"marketSegmentIndicator\":\"" + segment
                        + "\",\"marketSegmentIndicatorEffectiveFromDate\":\"" + from + "\"}");
            }
            if (annualConsumption != null) {
                blocks.add("\"B027\":{\"annualConsumption\":\"" + annualConsumption
                        + "\",\"annualConsumptionEffectiveFromDate\":\"" + from
                        + "\",\"annualConsumptionQualityIndicator\":\"A\"}");
            }
            return "{" + String.join(",", blocks) + "}";
        }
    }
}
