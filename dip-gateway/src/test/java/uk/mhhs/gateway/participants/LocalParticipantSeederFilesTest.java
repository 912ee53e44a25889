package uk.mhhs.gateway.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local profile's participant credentials are written readable by their owner only. */
class LocalParticipantSeederFilesTest {

    @TempDir Path home;

    @Test
    void writes_a_seeded_participants_private_key_and_api_key_owner_only() throws Exception {
        Path directory = home.resolve("participants");
        var seeder = new LocalParticipantSeeder(null, null,
                new ParticipantsProperties(null, Duration.ofSeconds(30), directory.toString()));

        String certificate = seeder.certificateFor("1400000001");

        assertThat(certificate).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(permissions(directory)).isEqualTo("rwx------");
        assertThat(permissions(directory.resolve("1400000001.key.pem"))).isEqualTo("rw-------");
        assertThat(permissions(directory.resolve("1400000001.api-key"))).isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve("1400000001.api-key"))).isEqualTo("local-1400000001\n");
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
