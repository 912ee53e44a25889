package uk.mhhs.vas.reports;

import uk.mhhs.dipclient.reports.ReportClass;
import uk.mhhs.dipclient.reports.ReportClasses;
import uk.mhhs.vas.reference.AllocationReference;
import uk.mhhs.vas.rules.ComponentClass;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The ISD data of a run as the reports look it up, row after row: classes by ID in an array (no boxing, no
 * {@code Optional} per aggregate), the same classes for the kit's REP-006 writer, whether export is corrected at all,
 * and the suppliers' DIP IDs and base BM units.
 */
final class ReportReference {

    private final ComponentClass[] classes = new ComponentClass[1000];
    private final ReportClasses reportClasses;
    private final boolean exportCorrected;
    private final AllocationReference reference;
    private final LocalDate settlementDate;

    ReportReference(AllocationReference reference, LocalDate settlementDate) {
        this.reference = reference;
        this.settlementDate = settlementDate;
        reference.componentClasses().forEach((id, c) -> {
            if (id >= 0 && id < classes.length) {
                classes[id] = c;
            }
        });
        this.reportClasses = new ReportClasses(reference.componentClasses().values().stream()
                .map(c -> new ReportClass(c.id(), c.measurementQuantity(), c.marketSegment(), c.domesticPremise(),
                        c.connectionType(), c.component(), c.dataOrigin())).toList());
        this.exportCorrected = reference.componentClasses().values().stream()
                .anyMatch(c -> c.export() && c.scalingWeight().signum() != 0);
    }

    /** The class of an aggregate; a class ISD does not have is an error of the run's inputs, never skipped. */
    ComponentClass componentClass(int id) {
        ComponentClass c = id >= 0 && id < classes.length ? classes[id] : null;
        if (c == null) {
            throw new IllegalStateException("aggregate of consumption component class " + id
                    + ", which ISD does not have on " + settlementDate);
        }
        return c;
    }

    ReportClasses reportClasses() {
        return reportClasses;
    }

    /** Whether an export class has a non-zero scaling weight (R024's export factor is then the group's factor). */
    boolean exportCorrected() {
        return exportCorrected;
    }

    Optional<String> supplierDipId(String supplierMpid) {
        return reference.supplierDipId(supplierMpid);
    }

    /** Whether ISD has the BM unit as its supplier's base (default) BM unit. */
    boolean base(String bmUnit) {
        return reference.bmUnit(bmUnit).map(AllocationReference.BmUnit::base).orElse(false);
    }
}
