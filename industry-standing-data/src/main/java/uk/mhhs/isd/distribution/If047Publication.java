package uk.mhhs.isd.distribution;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.mhhs.common.time.DipTimestamps;
import uk.mhhs.isd.versions.IsdVersion;

/**
 * The IF-047 CustomBlock announcing a version: P01 (description, version, publication date) and two
 * distribution variants, the version's CSV files in a ZIP and the version as JSON, each with the URI to
 * download it from.
 */
public final class If047Publication {

    private If047Publication() {
    }

    public static ObjectNode customBlock(IsdVersion version, String publicBaseUrl) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        String published = DipTimestamps.format(version.publicationDate());
        String id = Integer.toString(version.id());
        ObjectNode block = JsonMapper.shared().createObjectNode();
        ObjectNode p01 = block.putObject("P01");
        p01.put("publicationDescription", truncate("Industry Standing Data: " + version.description(), 200));
        p01.put("publicationVersionID", id);
        p01.put("publicationDate", published);
        ArrayNode variants = block.putArray("P02List");
        variants.add(variant("ISDCSV", "ISD version " + id + " (CSV)",
                "Every entity row of the version, one CSV file per entity, in a ZIP", id, published, "CSV", "ZIP",
                base + "/isd/v1/versions/" + id + "/download.zip", version));
        variants.add(variant("ISDJSON", "ISD version " + id + " (JSON)",
                "Every entity row of the version as one JSON document", id, published, "JSON", "JSON",
                base + "/isd/v1/versions/" + id + "/download.json", version));
        return block;
    }

    private static ObjectNode variant(String variantId, String name, String description, String versionId,
                                      String published, String format, String deliveryFormat, String uri,
                                      IsdVersion version) {
        ObjectNode p02 = JsonMapper.shared().createObjectNode();
        p02.put("distributionVariantID", variantId);
        p02.put("distributionVariantName", name);
        p02.put("distributionVariantDescription", description);
        p02.put("distributionVariantVersionID", versionId);
        p02.put("distributionVariantPublicationDate", published);
        p02.put("distributionVariantFormat", format);
        p02.put("distributionDeliveryFormat", deliveryFormat);
        p02.put("distributionDeliveryURI", uri);
        p02.put("additionalInformation", "Effective from " + version.effectiveFrom());
        return p02;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
