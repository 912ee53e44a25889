package uk.mhhs.dipclient.access;

/**
 * What a caller of a service's own (non-DIP) API may do, lowest first: {@link #READ_ONLY} reads (queries, results,
 * downloads), {@link #OPERATOR} also runs the day's operations (runs, uploads, processing, CSS and LDSO inputs),
 * {@link #ADMIN} also changes what the market runs on (standing data versions, the registration migration). A higher
 * role passes every check of a lower one.
 */
public enum Role {

    READ_ONLY("read-only"), OPERATOR("operator"), ADMIN("admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Whether a caller holding this role may make a call that needs {@code required}. */
    public boolean covers(Role required) {
        return compareTo(required) >= 0;
    }

    /** The role as the README and the refusals name it ({@code read-only}, {@code operator}, {@code admin}). */
    public String label() {
        return label;
    }
}
