package uk.mhhs.vas.runs;

import uk.mhhs.vas.model.RunType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** An operator's settlement date and run type, read strictly: a clear message for anything else (the API's 400). */
record RunRequestInput(LocalDate settlementDate, RunType runType) {

    static RunRequestInput parse(String settlementDate, String runType) {
        return new RunRequestInput(date(settlementDate), type(runType));
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("settlementDate is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("settlementDate is not a date (yyyy-MM-dd): " + text);
        }
    }

    static RunType type(String text) {
        for (RunType type : RunType.values()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("runType must be one of " + Arrays.toString(RunType.values()) + ": "
                + text);
    }
}
