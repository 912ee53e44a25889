package uk.mhhs.localsuite.postgres;

import uk.mhhs.localsuite.services.SuiteService;

import java.util.regex.Pattern;

/**
 * A service's login in the shared database: its own user, owning its own schema (ARCHITECTURE §4).
 *
 * @param user     login role, e.g. {@code mds}
 * @param password its password
 * @param schema   the schema it owns, e.g. {@code mds}
 */
public record ServiceAccount(String user, String password, String schema) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public ServiceAccount {
        requireIdentifier(user);
        requireIdentifier(schema);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("empty password for " + user);
        }
    }

    /** The account the service's {@code application.yml} expects by default: password = user name. */
    public static ServiceAccount of(SuiteService service) {
        return new ServiceAccount(service.databaseUser(), service.databaseUser(), service.schema());
    }

    /** Identifiers go into SQL unquoted, so only plain lower-case names are accepted. */
    static String requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }
}
