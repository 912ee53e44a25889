package uk.mhhs.vas.runs;

/** Who asked for a run: the daily timetable or an operator. */
public enum RunTrigger {
    SCHEDULE, OPERATOR
}
