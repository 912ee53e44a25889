package uk.mhhs.dipclient.reports;

import tools.jackson.core.JsonGenerator;
import uk.mhhs.common.time.DipTimestamps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The blocks every settlement run report opens with, written to a generator positioned inside the content object, and
 * the number formats of the reports (rounded only here, at output, half up).
 *
 * @param settlementDate the UK settlement date (R002)
 * @param settlementCode the run type (R002 settlementCode: II, SF, R1, ...)
 * @param runNumber      the run's number (R002)
 * @param executed       when the run was executed (R007, the DIP's 25-character timestamp)
 */
public record ReportBlocks(LocalDate settlementDate, String settlementCode, int runNumber, Instant executed) {

    /** R013 GSP group. */
    public static void gspGroup(JsonGenerator g, String gspGroup) {
        g.writeObjectPropertyStart("R013").writeStringProperty("GSPGroupID", gspGroup).writeEndObject();
    }

    /** R007 run execution date and R002 settlement date, code and run number. */
    public void run(JsonGenerator g) {
        g.writeObjectPropertyStart("R007")
                .writeStringProperty("settlementRunExecutionDate", DipTimestamps.format(executed)).writeEndObject();
        g.writeObjectPropertyStart("R002").writeStringProperty("settlementDate", settlementDate.toString())
                .writeStringProperty("settlementCode", settlementCode).writeNumberProperty("runNumber", runNumber)
                .writeEndObject();
    }

    /** R103: half-hourly settlement periods. */
    public static void periodDuration(JsonGenerator g) {
        g.writeObjectPropertyStart("R103").writeNumberProperty("settlementPeriodDuration", 30).writeEndObject();
    }

    /** kWh with 6 decimals, half up; {@code null} stays null. */
    public static String six(BigDecimal kwh) {
        if (kwh == null) {
            return null;
        }
        int scale = kwh.scale();
        if (scale >= 0 && scale <= 6 && kwh.precision() + 6 - scale <= 18) {
            // exact without rounding (at most 6 decimals) and within a long: printed by hand, millions of times a run
            return sixDecimals(kwh.unscaledValue().longValue() * TENS[6 - scale]);
        }
        return kwh.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    private static final long[] TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** {@code millionths} / 10^6 as setScale(6).toPlainString() prints it. */
    private static String sixDecimals(long millionths) {
        long whole = Math.abs(millionths) / 1_000_000;
        long fraction = Math.abs(millionths) % 1_000_000;
        StringBuilder text = new StringBuilder(24);
        if (millionths < 0) {
            text.append('-');
        }
        text.append(whole).append('.');
        for (long place = 100_000; place > 0; place /= 10) {
            text.append((char) ('0' + fraction / place % 10));
        }
        return text.toString();
    }

    /**
     * kWh with 6 decimals for a field whose pattern admits no sign: {@code null} when negative at 6 decimals (a value
     * that rounds to zero is 0.000000), or null.
     */
    public static String sixUnsigned(BigDecimal kwh) {
        String text = six(kwh);
        return text == null || text.charAt(0) == '-' ? null : text;
    }
}
