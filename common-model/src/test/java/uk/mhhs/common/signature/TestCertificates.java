package uk.mhhs.common.signature;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** RSA keys with self-signed certificates for the signature tests. */
final class TestCertificates {

    record Identity(KeyPair keys, X509Certificate certificate) {
    }

    private TestCertificates() {
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Identity selfSigned(String commonName, Instant notBefore, Instant notAfter) {
        KeyPair keys = rsaKeyPair();
        try {
            X500Name name = new X500Name("CN=" + commonName);
            var holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(notBefore.toEpochMilli()),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            return new Identity(keys, new JcaX509CertificateConverter().getCertificate(holder));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
