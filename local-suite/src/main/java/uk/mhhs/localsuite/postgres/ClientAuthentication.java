package uk.mhhs.localsuite.postgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The {@code pg_hba.conf} of the local database, written before every start: the superuser
 * {@code postgres} connects from this machine without a password (the launcher provisions with it), every
 * other user must give its password (SCRAM), as in production. The embedded server's own default trusts
 * everyone.
 */
final class ClientAuthentication {

    static final String PG_HBA = """
            # Written by the local suite before every start; edits are overwritten.
            # TYPE  DATABASE  USER      ADDRESS        METHOD
            local   all       postgres                 trust
            host    all       postgres  127.0.0.1/32   trust
            host    all       postgres  ::1/128        trust
            local   all       all                      scram-sha-256
            host    all       all       127.0.0.1/32   scram-sha-256
            host    all       all       ::1/128        scram-sha-256
            """;

    private ClientAuthentication() {
    }

    static void requirePasswords(File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), PG_HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write pg_hba.conf in " + dataDirectory, e);
        }
    }
}
