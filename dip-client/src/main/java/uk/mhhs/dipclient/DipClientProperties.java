package uk.mhhs.dipclient;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the DIP client ({@code mhhs.dip.*}).
 *
 * @param topicPrefix    prefix of every DIP topic name and consumer group (empty in production; tests use
 *                       one per class)
 * @param dipId          this service's DIP participant ID (10 characters); a PUB is acted on only if its
 *                       A0 block names this ID
 * @param role           this service's market role code (e.g. MDS)
 * @param environmentTag the {@code S1.environmentTag} this service sends (PRD, SITB, SIT, UIT, DEV);
 *                       default PRD
 * @param schema         the database schema of the outbox and inbox tables; default: the first of
 *                       {@code spring.flyway.default-schema}, {@code spring.flyway.schemas},
 *                       {@code spring.datasource.hikari.schema}
 */
@ConfigurationProperties("mhhs.dip")
public record DipClientProperties(String topicPrefix, String dipId, String role, String environmentTag,
                                  String schema) {

    @ConstructorBinding
    public DipClientProperties {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        environmentTag = environmentTag == null || environmentTag.isBlank() ? "PRD" : environmentTag;
        schema = schema == null || schema.isBlank() ? null : schema;
    }

    /** Topic prefix, DIP ID and role; environment tag PRD, schema from the service's configuration. */
    public DipClientProperties(String topicPrefix, String dipId, String role) {
        this(topicPrefix, dipId, role, null, null);
    }
}
