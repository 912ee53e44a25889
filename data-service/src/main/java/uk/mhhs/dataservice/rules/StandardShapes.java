package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The standard load shape used when the Load Shaping Service has published nothing usable for a date (and
 * not for the day before either, see {@link ShapeChoice}). Reconstructed: the industry does not publish one.
 *
 * <p>Two profiles are provided; the annual total is always 365 × the daily total, so AC × LS_i / annual
 * gives AC / 365 per day:
 * <ul>
 * <li>{@link #flat()}: every period 1 (daily total 48, annual total 17 520), i.e. AC / 17 520 per period;</li>
 * <li>{@link #domestic()} (the default): a simple domestic profile in UTC periods: 00:00–07:00Z 0.6
 * (14 periods), 07:00–16:00Z 1.0 (18), 16:00–20:00Z 2.0 (8, the evening peak), 20:00–24:00Z 1.2 (8); daily
 * total 8.4 + 18 + 16 + 9.6 = 52.0, annual total 18 980.</li>
 * </ul>
 * Shapes produced carry flag "D" (default) and source "standard".
 */
public final class StandardShapes {

    public static final String SOURCE = "standard";
    public static final String FLAG = "D";

    private final BigDecimal[] profile;
    private final BigDecimal annualTotal;

    /** A standard shape from a 48-value profile (copied). */
    public StandardShapes(BigDecimal[] profile) {
        Objects.requireNonNull(profile, "profile");
        this.profile = profile.clone();
        LoadShape probe = new LoadShape(LocalDate.EPOCH, this.profile, null, FLAG, SOURCE);
        if (probe.dailyTotal().signum() <= 0) {
            throw new IllegalArgumentException("a standard profile needs a positive daily total");
        }
        this.annualTotal = probe.effectiveAnnualTotal();
    }

    /** Every period 1. */
    public static StandardShapes flat() {
        BigDecimal[] p = new BigDecimal[DayProcessor.PERIODS];
        java.util.Arrays.fill(p, BigDecimal.ONE);
        return new StandardShapes(p);
    }

    /** The simple domestic profile described on the class. */
    public static StandardShapes domestic() {
        BigDecimal night = new BigDecimal("0.6");
        BigDecimal day = BigDecimal.ONE;
        BigDecimal peak = new BigDecimal("2.0");
        BigDecimal late = new BigDecimal("1.2");
        BigDecimal[] p = new BigDecimal[DayProcessor.PERIODS];
        for (int i = 0; i < p.length; i++) {
            p[i] = i < 14 ? night : i < 32 ? day : i < 40 ? peak : late;
        }
        return new StandardShapes(p);
    }

    /** The standard shape for a date (same values every day). */
    public LoadShape forDate(LocalDate date) {
        return new LoadShape(date, profile, annualTotal, FLAG, SOURCE);
    }

    /** 365 × the daily total. */
    public BigDecimal annualTotal() {
        return annualTotal;
    }
}
