package uk.mhhs.vas.results;

import org.springframework.jdbc.core.RowMapper;

import java.util.function.Function;

/**
 * A result query, answered either as typed rows (JSON) or streamed as CSV lines.
 *
 * @param sql       the query
 * @param args      its arguments
 * @param rows      maps a row to its (rounded) view
 * @param csvHeader the CSV header line
 * @param csvLine   a view as a CSV line (without line end)
 */
record ResultTable<T>(String sql, Object[] args, RowMapper<T> rows, String csvHeader, Function<T, String> csvLine) {
}
