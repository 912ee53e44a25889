package uk.mhhs.dataservice.mpan;

import java.time.LocalDate;
import java.util.Map;

/** What the data service knows of an MPAN as at a date: M0 and the facts in force, each with its effective date. */
public record MpanSnapshot(long mpan, String distributorDipId, String gspGroup, Map<Fact, Dated> facts) {

    /** A fact's value and the date it took effect. */
    public record Dated(String value, LocalDate from) {
    }

    public String value(Fact fact) {
        Dated dated = facts.get(fact);
        return dated == null ? null : dated.value();
    }

    public LocalDate from(Fact fact) {
        Dated dated = facts.get(fact);
        return dated == null ? null : dated.from();
    }

    public boolean flag(Fact fact) {
        return "T".equals(value(fact));
    }
}
