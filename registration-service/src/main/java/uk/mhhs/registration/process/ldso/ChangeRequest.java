package uk.mhhs.registration.process.ldso;

import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.mhhs.common.mpan.MpanCore;
import uk.mhhs.registration.register.MpanRegistration;
import uk.mhhs.registration.register.RegisterLookup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON body of an operator change request ({@code distributor-changes}, {@code segment-changes}), read field by
 * field so that every problem is a {@link RefusedChange} with a REG code rather than a framework error.
 */
public record ChangeRequest(JsonNode body) {

    public static ChangeRequest parse(String json) {
        try {
            JsonNode body = JsonMapper.shared().readTree(json == null ? "" : json);
            if (body == null || !body.isObject()) {
                throw RefusedChange.invalid("REG1109", "the body is not a JSON object");
            }
            return new ChangeRequest(body);
        } catch (JacksonException e) {
            throw RefusedChange.invalid("REG1109", "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Refuses (REG1107) any field but {@code allowed}. */
    public void onlyFields(Set<String> allowed, String what) {
        List<String> extra = new ArrayList<>();
        for (Iterator<String> names = body.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                extra.add(name);
            }
        }
        if (!extra.isEmpty()) {
            throw RefusedChange.invalid("REG1107", String.join(", ", extra) + " not applicable to " + what
                    + " (fields: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
    }

    public boolean has(String field) {
        return body.has(field) && !body.get(field).isNull();
    }

    /** A string field, {@code null} if absent or null; {@code code} if it is not a string. */
    public String text(String field, String code) {
        if (!has(field)) {
            return null;
        }
        if (!body.get(field).isString()) {
            throw RefusedChange.invalid(code, field + " must be a string");
        }
        return body.get(field).asString();
    }

    /** A required boolean field; {@code code} if missing or not true/false. */
    public boolean bool(String field, String code) {
        if (!has(field) || !body.get(field).isBoolean()) {
            throw RefusedChange.invalid(code, field + " must be true or false");
        }
        return body.get(field).asBoolean();
    }

    /** {@code effectiveFrom} ({@code yyyy-MM-dd}): REG1088 if missing, REG9011 if not a date. */
    public LocalDate effectiveFrom() {
        String text = text("effectiveFrom", "REG9011");
        if (text == null || text.isBlank()) {
            throw RefusedChange.invalid("REG1088", "effectiveFrom is missing");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RefusedChange.invalid("REG9011", "effectiveFrom \"" + text + "\" is not yyyy-MM-dd");
        }
    }

    /**
     * The register as at {@code date}: 400 REG0000 for a malformed MPAN core or wrong check digit, 404 REG0000 if
     * not registered, 422 REG9011 if the date is before the MPAN exists.
     */
    public static MpanRegistration registration(RegisterLookup lookup, String mpanCore, LocalDate date) {
        MpanCore mpan;
        try {
            mpan = MpanCore.of(mpanCore);
        } catch (IllegalArgumentException e) {
            throw RefusedChange.invalid("REG0000", e.getMessage());
        }
        MpanRegistration reg = lookup.asAt(mpan, date).orElseThrow(() -> new RefusedChange(HttpStatus.NOT_FOUND,
                "REG0000", "MPAN " + mpanCore + " is not registered"));
        if (date.isBefore(reg.createdFrom())) {
            throw RefusedChange.inconsistent("REG9011", "effectiveFrom " + date + " is before the MPAN exists ("
                    + reg.createdFrom() + ")");
        }
        return reg;
    }
}
