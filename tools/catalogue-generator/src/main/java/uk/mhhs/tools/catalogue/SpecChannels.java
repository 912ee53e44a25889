package uk.mhhs.tools.catalogue;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The DIP channels of the spec, in the order of {@code DIPMessage.payload.oneOf} in SubmitEvents, each with
 * its payload variants (the {@code IF-nnn-Payload} itself, or the schemas of its {@code oneOf}).
 */
final class SpecChannels {

    static final String SUBMIT_EVENTS = "SubmitEvents-unresolved.yaml";
    static final String DIP_MESSAGE = "DIPMessage";

    /** One channel ({@code IF-021}, {@code REP-002A}) and its variants. */
    record Channel(String interfaceId, List<ChannelVariant> variants) {
    }

    private final SpecDocuments spec;
    private final OpenApiSchemaConverter converter;

    SpecChannels(SpecDocuments spec) {
        this.spec = spec;
        this.converter = new OpenApiSchemaConverter(spec);
    }

    List<Channel> read() {
        JsonNode payloads = spec.schema(SUBMIT_EVENTS, DIP_MESSAGE).node()
                .path("properties").path("payload").path("oneOf");
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("No DIPMessage.payload.oneOf in " + SUBMIT_EVENTS);
        }
        List<Channel> channels = new ArrayList<>();
        for (JsonNode payloadRef : payloads) {
            channels.add(channel(spec.resolve(SUBMIT_EVENTS, payloadRef.path("$ref").stringValue())));
        }
        return channels;
    }

    private Channel channel(SpecDocuments.Located payload) {
        List<ChannelVariant> variants = new ArrayList<>();
        JsonNode alternatives = payload.node().path("oneOf");
        if (alternatives.isEmpty()) {
            variants.add(variant(payload));
        } else {
            for (JsonNode alternative : alternatives) {
                variants.add(variant(spec.resolve(payload.file(), alternative.path("$ref").stringValue())));
            }
        }
        String interfaceId = variants.get(0).interfaceId();
        for (ChannelVariant variant : variants) {
            if (!variant.interfaceId().equals(interfaceId)) {
                throw new IllegalArgumentException(variant.specName() + " is not " + interfaceId);
            }
        }
        return new Channel(interfaceId, variants);
    }

    private ChannelVariant variant(SpecDocuments.Located located) {
        String specName = located.pointer().substring(located.pointer().lastIndexOf('/') + 1);
        return ChannelVariant.of(specName, converter.convertRoot(located.file(), specName));
    }
}
