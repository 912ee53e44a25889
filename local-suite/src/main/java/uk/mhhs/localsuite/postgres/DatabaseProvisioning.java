package uk.mhhs.localsuite.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates, as the superuser, the suite's database and, per service, a login user with a password and a
 * schema it owns; other users get no rights on it. Safe to run on every start: what exists is kept
 * (with its data), passwords and ownership are set again.
 */
public final class DatabaseProvisioning {

    /** Opens a superuser connection to a named database. */
    @FunctionalInterface
    public interface Connector {
        Connection connect(String database) throws SQLException;
    }

    private DatabaseProvisioning() {
    }

    public static void provision(Connector superuser, String database, List<ServiceAccount> accounts)
            throws SQLException {
        ServiceAccount.requireIdentifier(database);
        try (Connection maintenance = superuser.connect("postgres")) {
            createDatabaseIfMissing(maintenance, database);
            run(maintenance, roleStatements(database, accounts));
        }
        try (Connection target = superuser.connect(database)) {
            run(target, schemaStatements(accounts));
        }
    }

    /** Login roles with passwords; only they (and the superuser) may connect to {@code database}. */
    static List<String> roleStatements(String database, List<ServiceAccount> accounts) {
        List<String> sql = new ArrayList<>();
        sql.add("revoke all on database " + database + " from public");
        for (ServiceAccount account : accounts) {
            sql.add("do $$ begin if not exists (select from pg_roles where rolname = '" + account.user()
                    + "') then create role " + account.user() + " login; end if; end $$");
            sql.add("alter role " + account.user() + " with login nosuperuser nocreatedb nocreaterole password "
                    + literal(account.password()));
            sql.add("grant connect, temporary on database " + database + " to " + account.user());
        }
        return sql;
    }

    /** One schema per service, owned by its user and its user's default search path. */
    static List<String> schemaStatements(List<ServiceAccount> accounts) {
        List<String> sql = new ArrayList<>();
        sql.add("revoke create on schema public from public");
        for (ServiceAccount account : accounts) {
            sql.add("create schema if not exists " + account.schema() + " authorization " + account.user());
            sql.add("alter schema " + account.schema() + " owner to " + account.user());
            sql.add("revoke all on schema " + account.schema() + " from public");
            sql.add("alter role " + account.user() + " set search_path = " + account.schema());
        }
        return sql;
    }

    private static void createDatabaseIfMissing(Connection maintenance, String database) throws SQLException {
        try (PreparedStatement exists = maintenance.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement create = maintenance.createStatement()) {
            create.execute("create database " + database);
        }
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
