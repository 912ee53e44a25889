package uk.mhhs.vas.model;

/**
 * The volume allocation run types (settlement codes of the DIP's R002 block): II interim information, SF settlement
 * final, R1–R3 reconciliations, RF final reconciliation, DF dispute final, DR dispute run (operators only, never
 * scheduled).
 */
public enum RunType {
    II, SF, R1, R2, R3, RF, DF, DR;

    /** Whether the timetable schedules runs of this type (every type but DR). */
    public boolean scheduled() {
        return this != DR;
    }
}
