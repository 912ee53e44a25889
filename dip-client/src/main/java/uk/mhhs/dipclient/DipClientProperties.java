package uk.mhhs.dipclient;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the DIP client ({@code mhhs.dip.*}).
 *
 * @param topicPrefix prefix of every DIP topic name (empty in production; tests use one per class)
 * @param dipId       this service's DIP participant ID (10 characters)
 * @param role        this service's market role code (e.g. MDS)
 */
@ConfigurationProperties("mhhs.dip")
public record DipClientProperties(String topicPrefix, String dipId, String role) {

    public DipClientProperties {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
    }
}
