package uk.mhhs.gateway.security;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mhhs.common.signature.Pem;
import uk.mhhs.gateway.participants.PrivateFiles;
import uk.mhhs.gateway.participants.SelfSignedCertificates;

/**
 * Loads the {@link GatewayCredential} as {@link SigningProperties} says: PKCS#12, else PEM
 * files, else (only where development credentials are allowed: local profile or
 * {@code mhhs.gateway.security.development-credentials}) a self-signed credential generated once and kept,
 * owner-only, in a directory; else the start fails naming the properties to set.
 */
final class GatewayCredentialLoader {

    private static final Logger log = LoggerFactory.getLogger(GatewayCredentialLoader.class);
    private static final String CERTIFICATE_FILE = "gateway-certificate.pem";
    private static final String KEY_FILE = "gateway-private-key.pem";
    private static final Duration GENERATED_VALIDITY = Duration.ofDays(3650);

    private GatewayCredentialLoader() {
    }

    /**
     * @param signing            where the credential is
     * @param developmentAllowed whether a self-signed one may be generated when none is configured
     * @throws IllegalStateException if none is configured and development credentials are not allowed
     */
    static GatewayCredential load(SigningProperties signing, boolean developmentAllowed) {
        try {
            if (hasText(signing.keyStore())) {
                return fromKeyStore(Path.of(signing.keyStore()), signing.keyStorePassword(), signing.keyAlias());
            }
            if (hasText(signing.certificate()) || hasText(signing.privateKey())) {
                if (!hasText(signing.certificate()) || !hasText(signing.privateKey())) {
                    throw new IllegalStateException("set both mhhs.gateway.security.signing.certificate and"
                            + " .private-key, or neither");
                }
                return fromPem(Path.of(signing.certificate()), Path.of(signing.privateKey()));
            }
            if (!developmentAllowed) {
                throw new IllegalStateException("no signing credential for the gateway's webhook calls: set "
                        + "mhhs.gateway.security.signing.key-store (PKCS#12, with .key-store-password and .key-alias; "
                        + "env DIP_SIGNING_KEY_STORE) or mhhs.gateway.security.signing.certificate and .private-key "
                        + "(PEM; env DIP_SIGNING_CERTIFICATE, DIP_SIGNING_PRIVATE_KEY). A self-signed one is generated "
                        + "only" + DevelopmentCredentials.howToAllowLocally());
            }
            return generated(signing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gateway signing credential", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unusable gateway signing credential: " + e.getMessage(), e);
        }
    }

    private static GatewayCredential fromKeyStore(Path file, String password, String alias)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, secret);
        }
        String entry = hasText(alias) ? alias : Collections.list(store.aliases()).stream()
                .filter(a -> isKeyEntry(store, a)).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no private key entry in " + file));
        PrivateKey key = (PrivateKey) store.getKey(entry, secret);
        if (key == null) {
            throw new GeneralSecurityException("no private key under alias " + entry + " in " + file);
        }
        log.info("Gateway signing credential: key store {} alias {}", file, entry);
        return new GatewayCredential(key, (X509Certificate) store.getCertificate(entry));
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static GatewayCredential fromPem(Path certificate, Path privateKey)
            throws IOException, GeneralSecurityException {
        var credential = new GatewayCredential(
                Pem.readPrivateKey(Files.readString(privateKey, StandardCharsets.US_ASCII), "RSA"),
                Pem.readCertificate(Files.readString(certificate, StandardCharsets.US_ASCII)));
        log.info("Gateway signing credential: certificate {} ({})", certificate,
                credential.certificate().getSubjectX500Principal());
        return credential;
    }

    private static GatewayCredential generated(SigningProperties signing)
            throws IOException, GeneralSecurityException {
        Path directory = hasText(signing.generatedDirectory()) ? Path.of(signing.generatedDirectory()) : null;
        if (directory != null && Files.exists(directory.resolve(CERTIFICATE_FILE))) {
            PrivateFiles.restrictFile(directory.resolve(KEY_FILE));
            return fromPem(directory.resolve(CERTIFICATE_FILE), directory.resolve(KEY_FILE));
        }
        SelfSignedCertificates.Credential created = SelfSignedCertificates.create(signing.generatedCommonName(), List.of(),
                GENERATED_VALIDITY);
        GatewayCredential credential = new GatewayCredential(created.privateKey(), created.certificate());
        if (directory != null) {
            PrivateFiles.write(directory.resolve(KEY_FILE), Pem.write(credential.privateKey()));
            PrivateFiles.write(directory.resolve(CERTIFICATE_FILE), Pem.write(credential.certificate()));
        }
        log.warn("Gateway signing credential: generated a self-signed certificate CN={} ({}), for local use only;"
                        + " configure mhhs.gateway.security.signing.key-store for a real one",
                signing.generatedCommonName(), directory == null ? "in memory" : "kept in " + directory);
        return credential;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
