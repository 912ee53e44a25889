package uk.mhhs.isd.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The types an ISD column can have, with their CSV spelling (parse and format are inverse). */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, DATE, BOOLEAN,
    /** Decimals separated by {@code ;} in CSV (one per settlement period), {@code numeric[]} in the database. */
    DECIMAL_LIST;

    /**
     * @param text a non-blank CSV value
     * @return the typed value
     * @throws IllegalArgumentException with a reason if the text is not of this type
     */
    public Object parse(String text) {
        String value = text.trim();
        try {
            return switch (this) {
                case TEXT -> value;
                case INTEGER -> Integer.valueOf(value);
                case DECIMAL -> new BigDecimal(value);
                case DATE -> LocalDate.parse(value);
                case BOOLEAN -> switch (value.toUpperCase(Locale.ROOT)) {
                    case "T", "TRUE" -> Boolean.TRUE;
                    case "F", "FALSE" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("'" + value + "' is not T or F");
                };
                case DECIMAL_LIST -> {
                    List<BigDecimal> list = new ArrayList<>();
                    for (String part : value.split(";", -1)) {
                        list.add(new BigDecimal(part.trim()));
                    }
                    yield List.copyOf(list);
                }
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not " + describe());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date yyyy-MM-dd");
        }
    }

    /** The CSV spelling of a typed value; empty for null. */
    public String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case BOOLEAN -> ((Boolean) value) ? "T" : "F";
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case DECIMAL_LIST -> ((List<?>) value).stream()
                    .map(v -> ((BigDecimal) v).toPlainString()).collect(Collectors.joining(";"));
            default -> value.toString();
        };
    }

    private String describe() {
        return switch (this) {
            case INTEGER -> "an integer";
            case DECIMAL -> "a decimal number";
            case DECIMAL_LIST -> "a ';'-separated list of decimal numbers";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }
}
