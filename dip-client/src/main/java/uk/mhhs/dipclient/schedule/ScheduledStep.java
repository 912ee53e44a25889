package uk.mhhs.dipclient.schedule;

import java.time.LocalDate;

/** Work due on a date: {@code kind} says which {@link StepHandler} runs it, {@code ref} what it is about. */
public record ScheduledStep(long id, LocalDate dueOn, String kind, String mpanCore, String ref) {
}
