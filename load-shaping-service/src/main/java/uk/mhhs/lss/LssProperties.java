package uk.mhhs.lss;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import uk.mhhs.lss.rules.Category;
import uk.mhhs.lss.rules.LssSettings;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Load Shaping Service's settings ({@code mhhs.lss.*}); the README lists each with its reason.
 *
 * @param recipients           primary recipients of IF-022 / IF-023 (the gateway adds every supplier and data
 *                             service by its role routing, but not MDS); default the suite's data service
 *                             9900000003 and MDS 9900000005
 * @param calculateAt          UK time of day after which D-1 is calculated and published
 * @param recalculationDays    how many days before D-1 are checked every day for late data
 * @param operatorToken        operators send it in {@code X-LSS-Operator-Token}; refused while blank
 * @param minimumSample        MPANs with an actual value in a period for a category's own value (else fallback)
 * @param standardShape        the last back-stop: 48 kWh values (default 0.250 each)
 * @param peakPeriods          UTC periods of the peak totals (1-based), default {@code 15-48}
 * @param offPeakPeriods       UTC periods of the off-peak totals, default {@code 1-14}
 * @param recalculationShare   a date is recalculated when its sample moved by more than this share
 * @param minimumDaysForAnnual fewer days present in the rolling year and the annual total is logged as unreliable
 * @param categories           categories always published, even without data: {@code "_C,W,S,T,AI"} (GSP group
 *                             or empty for national, connection type, segment, domestic T/F or empty, quantity)
 * @param categoriesPerMessage how many categories one IF-022 / IF-023 carries (a day's shapes are split over
 *                             several messages so each stays well under the broker's message size)
 */
@ConfigurationProperties("mhhs.lss")
public record LssProperties(List<String> recipients, LocalTime calculateAt, Integer recalculationDays,
                            String operatorToken, Integer minimumSample, List<BigDecimal> standardShape,
                            String peakPeriods, String offPeakPeriods, BigDecimal recalculationShare,
                            Integer minimumDaysForAnnual, List<String> categories, Integer categoriesPerMessage) {

    @ConstructorBinding
    public LssProperties {
        recipients = recipients == null || recipients.isEmpty() ? List.of("9900000003", "9900000005")
                : List.copyOf(recipients);
        calculateAt = calculateAt == null ? LocalTime.of(2, 0) : calculateAt;
        recalculationDays = recalculationDays == null ? 14 : recalculationDays;
        categories = categories == null ? List.of() : List.copyOf(categories);
        categoriesPerMessage = categoriesPerMessage == null ? 100 : categoriesPerMessage;
    }

    /** The calculation settings: the rules' defaults with what is configured laid over them. */
    public LssSettings settings() {
        LssSettings d = LssSettings.defaults();
        return new LssSettings(minimumSample == null ? d.minimumSample() : minimumSample,
                standardShape == null || standardShape.isEmpty() ? d.standardShape() : standardShape,
                peakPeriods == null ? d.peakPeriods() : peakPeriods,
                offPeakPeriods == null ? d.offPeakPeriods() : offPeakPeriods,
                recalculationShare == null ? d.recalculationShare() : recalculationShare,
                minimumDaysForAnnual == null ? d.minimumDaysForAnnual() : minimumDaysForAnnual);
    }

    /** The configured categories. */
    public Set<Category> configuredCategories() {
        Set<Category> result = new LinkedHashSet<>();
        for (String text : categories) {
            String[] parts = text.split(",", -1);
            if (parts.length != 5) {
                throw new IllegalArgumentException("mhhs.lss.categories entry \"" + text
                        + "\" is not \"group,connectionType,segment,domestic,mq\" (e.g. \"_C,W,S,T,AI\")");
            }
            result.add(new Category(blankAsNull(parts[0]), parts[1].strip(), parts[2].strip(),
                    blankAsNull(parts[3]), parts[4].strip()));
        }
        return result;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
