package uk.mhhs.common.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as the suite's imports use it (ISD versions, registration migration files): comma separated,
 * fields optionally in double quotes (a quote inside doubled), CRLF or LF line ends.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * The fields of one line that holds no line break (a streamed file read line by line); an empty line is one
     * empty field.
     */
    public static String[] splitLine(String line) {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        List<List<String>> records = read(line);
        return records.isEmpty() ? new String[] {""} : records.get(0).toArray(String[]::new);
    }

    /** Every record of {@code text}; blank lines are kept as empty records so row numbers match line numbers. */
    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One CSV line for {@code fields}, quoting where needed. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        return line.append("\r\n").toString();
    }
}
