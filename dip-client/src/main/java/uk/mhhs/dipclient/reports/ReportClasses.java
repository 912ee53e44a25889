package uk.mhhs.dipclient.reports;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The classes of ISD by ID, and the losses class that goes with a consumption class. */
public final class ReportClasses {

    private final Map<Integer, ReportClass> byId = new HashMap<>();
    private final Map<Integer, Optional<ReportClass>> lossesOf = new HashMap<>();

    /** @param classes ISD's classes (the first of a repeated ID wins) */
    public ReportClasses(Collection<ReportClass> classes) {
        for (ReportClass c : classes) {
            byId.putIfAbsent(c.id(), c);
        }
        for (ReportClass c : byId.values()) {
            if (c.consumption()) {
                lossesOf.put(c.id(), classes.stream().filter(l -> l.losses() && Objects.equals(l.mq(), c.mq())
                        && Objects.equals(l.segment(), c.segment()) && Objects.equals(l.domestic(), c.domestic())
                        && Objects.equals(l.connectionType(), c.connectionType())
                        && Objects.equals(l.dataOrigin(), c.dataOrigin())).findFirst());
            }
        }
    }

    /** The class with {@code id}, if ISD has it. */
    public Optional<ReportClass> byId(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The losses class of a consumption class: the L class with the same measurement quantity, segment, domestic
     * indicator, connection type and data origin (the class a run puts that consumption's losses into).
     */
    public Optional<ReportClass> lossesOf(int consumptionClassId) {
        return lossesOf.getOrDefault(consumptionClassId, Optional.empty());
    }
}
