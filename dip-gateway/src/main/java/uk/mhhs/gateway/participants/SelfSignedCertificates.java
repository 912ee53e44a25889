package uk.mhhs.gateway.participants;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed RSA-2048 certificates for LOCAL USE ONLY: the development TLS key store and the credentials of the
 * seeded local participants. Nothing can tie such a certificate to a certificate authority.
 */
public final class SelfSignedCertificates {

    /** A private key and its certificate. */
    public record Credential(PrivateKey privateKey, X509Certificate certificate) {
    }

    private SelfSignedCertificates() {
    }

    /**
     * @param commonName the subject CN
     * @param dnsNames   subject alternative names (DNS); IP literals are added as IP addresses
     * @param validFor   how long from now it is valid (it is valid from a day ago)
     */
    public static Credential create(String commonName, List<String> dnsNames, Duration validFor) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName);
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(63, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validFor)), name, keys.getPublic());
            if (!dnsNames.isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(dnsNames.stream()
                        .map(n -> new GeneralName(n.matches("[0-9.]+") ? GeneralName.iPAddress : GeneralName.dNSName, n))
                        .toArray(GeneralName[]::new)));
            }
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
            return new Credential(keys.getPrivate(),
                    new JcaX509CertificateConverter().getCertificate(builder.build(signer)));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot create a self-signed certificate for " + commonName, e);
        }
    }
}
