package uk.mhhs.vas.runs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import uk.mhhs.common.time.SettlementCalendar;
import uk.mhhs.vas.model.RunContext;
import uk.mhhs.vas.model.RunType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A volume allocation run: the aggregate behind table {@code run}. Its state changes only through the transition
 * methods of {@link RunLifecycle}, which enforce the state machine; {@code version} makes every change optimistic, so
 * an operator's cancel and a worker's step cannot both win.
 */
@Entity
@DynamicUpdate
@Table(name = "run")
public class Run extends RunLifecycle {

    @Id
    private UUID id;
    @Column(name = "settlement_date", nullable = false, updatable = false)
    private LocalDate settlementDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "run_type", nullable = false, updatable = false, length = 2)
    private RunType runType;
    @Column(name = "run_number", nullable = false, updatable = false)
    private int runNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RunTrigger trigger;
    @Column(name = "requested_by", length = 100)
    private String requestedBy;
    @Column(length = 500)
    private String reason;
    @Column(nullable = false, updatable = false)
    private short periods;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Version
    private long version;

    protected Run() {
        // for JPA
    }

    /** A new run in REQUESTED; its number comes from {@link RunRequests}, its periods from the settlement calendar. */
    Run(LocalDate settlementDate, RunType runType, int runNumber, RunTrigger trigger, String requestedBy,
        String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.settlementDate = settlementDate;
        this.runType = runType;
        this.runNumber = runNumber;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.periods = (short) SettlementCalendar.periodCount(settlementDate);
        this.requestedAt = now;
    }

    /** What the calculation and the reports need: only once the inputs are recorded. */
    public RunContext context() {
        if (aggregateSetId() == null || gspGroupTakeId() == null) {
            throw new IllegalRunTransition("run " + id + " has no recorded inputs");
        }
        return new RunContext(id, settlementDate, runType, runNumber, periods, calculatedAt(), aggregateSetId(),
                gspGroupTakeId());
    }

    @Override
    protected String describe() {
        return "run " + id + " (" + settlementDate + " " + runType + " #" + runNumber + ")";
    }

    public UUID id() {
        return id;
    }

    public LocalDate settlementDate() {
        return settlementDate;
    }

    public RunType runType() {
        return runType;
    }

    public int runNumber() {
        return runNumber;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String reason() {
        return reason;
    }

    public int periods() {
        return periods;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public long version() {
        return version;
    }
}
