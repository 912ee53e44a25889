package uk.mhhs.dataservice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the data service knows when deciding a consumption amendment.
 *
 * @param responsibleFrom        the first date this data service is responsible for the MPAN
 * @param responsibleTo          the first date it is no longer responsible (exclusive), {@code null} = open
 * @param usedSupplierReferences supplier references already used for this MPAN (or supplier)
 * @param today                  the current UTC date
 * @param shapes                 load shapes per date of the amended period (see {@link ShapeChoice}); a date
 *                               without one weighs its periods equally
 * @param currentValues          the current 48 values per date, or an empty map; when every date of the period
 *                               has them and they add up to more than zero, they are the weights
 */
public record AmendmentFacts(LocalDate responsibleFrom, LocalDate responsibleTo, Set<String> usedSupplierReferences,
        LocalDate today, Map<LocalDate, LoadShape> shapes, Map<LocalDate, BigDecimal[]> currentValues) {

    public AmendmentFacts {
        Objects.requireNonNull(responsibleFrom, "responsibleFrom");
        Objects.requireNonNull(today, "today");
        usedSupplierReferences = usedSupplierReferences == null ? Set.of() : usedSupplierReferences;
        shapes = shapes == null ? Map.of() : shapes;
        currentValues = currentValues == null ? Map.of() : currentValues;
    }
}
