package uk.mhhs.isd.distribution;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.dipclient.DipClientProperties;
import uk.mhhs.dipclient.outbox.OutboxRecord;
import uk.mhhs.dipclient.outbox.OutboxWriter;
import uk.mhhs.dipclient.process.Outbound;
import uk.mhhs.isd.IsdProperties;
import uk.mhhs.isd.catalogue.EntityDefinition;
import uk.mhhs.isd.catalogue.EntityRow;
import uk.mhhs.isd.catalogue.IsdCatalogue;
import uk.mhhs.isd.participants.ParticipantEntities;
import uk.mhhs.isd.versions.EntityRows;
import uk.mhhs.isd.versions.IsdVersion;
import uk.mhhs.isd.versions.Versions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Distributes each version once it is effective: its rows to the compacted {@code isd.<entity>} topics and an
 * IF-047 to every participant (sent with the service kit's {@link Outbound}: validated against the spec, logged in
 * {@code process_message}), all through the transactional outbox in the transaction that marks the version
 * published. The version row is locked with {@code FOR UPDATE SKIP LOCKED}, so with several instances each
 * version is distributed by one of them.
 */
@Service
public class PublishingDueVersions {

    private static final Logger log = LoggerFactory.getLogger(PublishingDueVersions.class);

    private final Versions versions;
    private final EntityRows rows;
    private final IsdCatalogue catalogue;
    private final SnapshotTopics topics;
    private final OutboxWriter outbox;
    private final Outbound outbound;
    private final DipClientProperties dip;
    private final IsdProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PublishingDueVersions(Versions versions, EntityRows rows, IsdCatalogue catalogue, SnapshotTopics topics,
                                 OutboxWriter outbox, Outbound outbound, DipClientProperties dip,
                                 IsdProperties properties, TransactionTemplate transactions, Clock clock) {
        this.versions = versions;
        this.rows = rows;
        this.catalogue = catalogue;
        this.topics = topics;
        this.outbox = outbox;
        this.outbound = outbound;
        this.dip = dip;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Distributes every due version; returns the ids distributed by this call. */
    public List<Integer> publishDue() {
        List<Integer> published = new ArrayList<>();
        for (Optional<Integer> next = publishNext(); next.isPresent(); next = publishNext()) {
            published.add(next.get());
        }
        return published;
    }

    Optional<Integer> publishNext() {
        return transactions.execute(status -> versions.lockNextDue(LocalDate.now(clock)).map(version -> {
            publishSnapshots(version);
            announce(version);
            versions.markPublished(version.id(), clock.instant());
            log.info("ISD version {} distributed", version.id());
            return version.id();
        }));
    }

    private void publishSnapshots(IsdVersion version) {
        for (EntityDefinition entity : catalogue.entities()) {
            List<OutboxRecord> records = new ArrayList<>();
            for (EntityRow row : rows.ofVersion(entity, version.id())) {
                String naturalKey = entity.naturalKey(row.values());
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("entity", entity.name());
                value.put("key", naturalKey);
                value.put("version", row.version());
                value.put("effectiveFrom", row.effectiveFrom().toString());
                value.put("effectiveTo", row.effectiveTo() == null ? null : row.effectiveTo().toString());
                Map<String, Object> values = row.toJson(entity);
                values.keySet().removeAll(List.of("version", "effective_from", "effective_to"));
                value.put("values", values);
                records.add(new OutboxRecord(topics.topic(entity),
                        SnapshotTopics.recordKey(naturalKey, row.effectiveFrom(), row.version()),
                        JsonMapper.shared().writeValueAsString(value).getBytes(StandardCharsets.UTF_8)));
            }
            outbox.enqueueAll(records);
        }
    }

    /**
     * Sends the IF-047 announcing a version to every participant's DIP ID as at its effective date (but ours). A
     * message that breaks the spec throws, so the version stays unpublished and the failure is retried.
     */
    void announce(IsdVersion version) {
        List<String> recipients = rows.asAt(ParticipantEntities.MARKET_PARTICIPANT, version.effectiveFrom(),
                        version.id(), Map.of()).stream()
                .map(r -> (String) r.values().get("dip_id")).filter(id -> !id.equals(dip.dipId()))
                .distinct().sorted().toList();
        if (recipients.isEmpty()) {
            // nobody to announce it to: the kit sends no message without a recipient
            log.warn("ISD version {} has no participant to announce it to: no IF-047", version.id());
            return;
        }
        try {
            outbound.send("IF-047", "[ISD]", recipients, null, null,
                    If047Publication.customBlock(version, properties.publicBaseUrl()));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("IF-047 for ISD version " + version.id() + " not sent: "
                    + e.getMessage(), e);
        }
    }
}
