package uk.mhhs.common.validation;

import java.util.regex.Pattern;

import com.networknt.schema.path.NodePath;

/** Writes locations in a payload as JSON paths rooted at {@code $.payload}. */
final class JsonPaths {

    static final String PAYLOAD = "$.payload";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /** {@code /CustomBlock/B900/settlementDayConsumptionPeriods/0} as {@code $.payload.CustomBlock.B900...[0]}. */
    static String of(NodePath instanceLocation) {
        StringBuilder path = new StringBuilder(PAYLOAD);
        for (int i = 0; i < instanceLocation.getNameCount(); i++) {
            Object element = instanceLocation.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                appendName(path, element.toString());
            }
        }
        return path.toString();
    }

    static String child(String parent, String key) {
        StringBuilder path = new StringBuilder(parent);
        appendName(path, key);
        return path.toString();
    }

    private static void appendName(StringBuilder path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            path.append('.').append(name);
        } else {
            path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }
}
