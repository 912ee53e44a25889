package uk.mhhs.common.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One DIP channel as the catalogue knows it.
 *
 * @param id             interface id as on the wire and in the URL, e.g. {@code IF-021} or {@code REP-002A}
 * @param publicationId  the id the DIP publishes it under ({@code D0.publicationID}), e.g. {@code PUB-021};
 *                       ECS reports keep their own id, as in the spec's DT-983 list
 * @param name           DES138's name of the interface, or {@code null} when DES138 does not list it
 * @param events         the {@code S0.eventCode} values, brackets kept as on the wire, e.g. {@code [ActivePower]}
 * @param schemaVersions the {@code S0.schemaVersion} values the spec allows, e.g. {@code 011}
 * @param senderRoles    role codes that send it (REGS, SUP, LDSO, MSS, MSA, UMSO, SDS, ADS, UMSDS, MDS, LSS,
 *                       VAS, ISD, EES, MDR, DCC, or {@code DIP} for the DIP's own replay channels), from DES138
 * @param recipientRoles role codes that receive it, from DES138
 * @param routingKnown   whether DES138 lists the interface (if not, both role lists are empty)
 * @param m0Required     whether the CommonBlock of every variant requires the MPAN block {@code M0}
 * @param m1             whether the CommonBlock carries the principal-MPAN block {@code M1} (IF-019/020)
 * @param r0             whether the CommonBlock carries the response block {@code R0} (outcome interfaces)
 * @param eventSchemas   event code to the schema resource of the variant that validates it, e.g.
 *                       {@code [ReactivePower]} to {@code IF-021-ActivePower.json}; one variant may serve
 *                       several events
 */
public record InterfaceDefinition(String id, String publicationId, String name, List<String> events,
                                  List<String> schemaVersions, List<String> senderRoles,
                                  List<String> recipientRoles, boolean routingKnown, boolean m0Required,
                                  boolean m1, boolean r0, Map<String, String> eventSchemas) {

    /** Copies the lists and map so a definition cannot change after loading. */
    public InterfaceDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicationId, "publicationId");
        events = List.copyOf(events);
        schemaVersions = List.copyOf(schemaVersions);
        senderRoles = List.copyOf(senderRoles);
        recipientRoles = List.copyOf(recipientRoles);
        eventSchemas = Map.copyOf(eventSchemas);
    }

    /**
     * @return the number part of the id: {@code "021"} for {@code IF-021}, {@code "002A"} for {@code REP-002A}
     *         (as used in Kafka topic names such as {@code dip.pub.021})
     */
    public String pubNumber() {
        return id.substring(id.indexOf('-') + 1);
    }

    /**
     * @return whether this is an ECS report channel ({@code REP-nnn}) rather than an IF
     */
    public boolean isReport() {
        return id.startsWith("REP-");
    }

    /**
     * @param eventCode an {@code S0.eventCode} value, brackets included (case-sensitive, as DIP values are)
     * @return whether the interface carries that event
     */
    public boolean hasEvent(String eventCode) {
        return eventCode != null && eventSchemas.containsKey(eventCode);
    }

    /**
     * @param schemaVersion an {@code S0.schemaVersion} value
     * @return whether the spec allows it for this interface
     */
    public boolean allowsSchemaVersion(String schemaVersion) {
        return schemaVersion != null && schemaVersions.contains(schemaVersion);
    }

    /**
     * @param eventCode an {@code S0.eventCode} value, brackets included
     * @return the schema resource name of the variant that validates the event, e.g. {@code IF-021-ActivePower.json}
     */
    public Optional<String> schemaFor(String eventCode) {
        return Optional.ofNullable(eventCode).map(eventSchemas::get);
    }

    /**
     * @return the distinct schema resource names of the interface's variants, first event's first
     */
    public Set<String> schemas() {
        Set<String> schemas = new LinkedHashSet<>();
        events.forEach(event -> schemas.add(eventSchemas.get(event)));
        return schemas;
    }

    /**
     * @param roleCode a role code such as {@code SDS}
     * @return whether DES138 names that role as a sender
     */
    public boolean isSentBy(String roleCode) {
        return senderRoles.contains(roleCode);
    }

    /**
     * @param roleCode a role code such as {@code LSS}
     * @return whether DES138 names that role as a recipient
     */
    public boolean isReceivedBy(String roleCode) {
        return recipientRoles.contains(roleCode);
    }
}
