package uk.mhhs.gateway.participants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.mhhs.common.signature.Pem;

/**
 * LOCAL PROFILE ONLY: registers the suite's own services and a few market participants on first start, so a
 * local run works without onboarding. Market participants get a self-signed signing credential, written with
 * their API key ({@code local-<DIP ID>}, deliberately guessable) to {@code mhhs.gateway.participants.seed-directory}
 * (default {@code .local-suite/dip-gateway/participants}) as {@code <DIP ID>.key.pem}, {@code <DIP ID>.cert.pem}
 * and {@code <DIP ID>.api-key}, for a local client to sign with, readable by their owner only (600, in a 700
 * directory). Participants already registered are left alone.
 */
@Component
@Profile("local")
class LocalParticipantSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LocalParticipantSeeder.class);

    /** A seeded participant; {@code signs} = gets an API key and a certificate for HTTPS. */
    private record Seed(String dipId, String mpid, String name, List<String> roles, boolean signs) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("9900000001", null, "Industry Standing Data (suite)", List.of("ISD"), false),
            new Seed("9900000002", null, "Registration Service (suite)", List.of("REGS"), false),
            new Seed("9900000003", null, "Data Service (suite)", List.of("SDS", "ADS", "UMSDS"), false),
            new Seed("9900000004", null, "Load Shaping Service (suite)", List.of("LSS"), false),
            new Seed("9900000005", null, "Market-wide Data Service (suite)", List.of("MDS"), false),
            new Seed("9900000006", null, "Volume Allocation Service (suite)", List.of("VAS"), false),
            new Seed("1400000001", "ALPH", "Alpha Energy", List.of("SUP"), true),
            new Seed("1400000002", "BRVO", "Bravo Supply", List.of("SUP"), true),
            new Seed("2300000001", "SOUT", "Southern Wires", List.of("LDSO"), true),
            new Seed("1100000001", "METD", "Meter Data Co", List.of("SDS"), true),
            new Seed("1100000002", "DATB", "Data Services Bravo", List.of("SDS"), true),
            new Seed("1200000001", "MTRA", "Metering Services Alpha", List.of("MSS"), true),
            new Seed("1200000002", "MTRB", "Metering Services Bravo", List.of("MSS"), true));

    private final ParticipantStore store;
    private final ParticipantRegistry registry;
    private final Path directory;

    LocalParticipantSeeder(ParticipantStore store, ParticipantRegistry registry,
                           ParticipantsProperties properties) {
        this.store = store;
        this.registry = registry;
        this.directory = Path.of(properties.seedDirectory());
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (Seed seed : SEEDS) {
            if (store.find(seed.dipId()).isPresent()) {
                continue;
            }
            String certificate = seed.signs() ? certificateFor(seed.dipId()) : null;
            String apiKey = seed.signs() ? "local-" + seed.dipId() : null;
            store.insert(new StoredParticipant(seed.dipId(), seed.mpid(), seed.name(),
                    seed.roles().stream().map(RoleAssignment::of).toList(), certificate,
                    apiKey == null ? null : ApiKeys.hash(apiKey), Set.of(), true));
            added++;
        }
        registry.refresh();
        if (added > 0) {
            log.warn("LOCAL profile: seeded {} participants; credentials of the market participants are in {}",
                    added, directory.toAbsolutePath());
        }
    }

    /** The seeded participant's certificate (PEM), written with its key and API key at first start. */
    String certificateFor(String dipId) {
        Path cert = directory.resolve(dipId + ".cert.pem");
        try {
            if (Files.exists(cert)) {
                return Pem.write(Pem.readCertificate(Files.readString(cert)));
            }
            var credential = SelfSignedCertificates.create(dipId, List.of(), Duration.ofDays(825));
            String pem = Pem.write(credential.certificate());
            PrivateFiles.write(directory.resolve(dipId + ".key.pem"), Pem.write(credential.privateKey()));
            PrivateFiles.write(directory.resolve(dipId + ".api-key"), "local-" + dipId + "\n");
            PrivateFiles.write(cert, pem);
            return pem;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write local credentials to " + directory, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("unreadable local certificate " + cert, e);
        }
    }
}
