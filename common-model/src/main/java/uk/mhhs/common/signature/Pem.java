package uk.mhhs.common.signature;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes PEM text for certificates and PKCS#8 private keys. Written PEM uses LF line
 * endings and 64-character lines, and ends with a newline, so that its Base64 is the same everywhere.
 */
public final class Pem {

    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Base64.Encoder LINES = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    /**
     * @param certificate an X.509 certificate
     * @return {@code -----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n}
     */
    public static String write(X509Certificate certificate) {
        try {
            return block("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    /**
     * @param key a private key with a PKCS#8 encoding
     * @return {@code -----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n}
     */
    public static String write(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    /**
     * @param pem PEM text holding at least one certificate; CRLF or LF line endings
     * @return the first certificate
     * @throws CertificateException if there is none or it cannot be parsed
     */
    public static X509Certificate readCertificate(String pem) throws CertificateException {
        List<X509Certificate> chain = readCertificates(pem);
        if (chain.isEmpty()) {
            throw new CertificateException("no CERTIFICATE block in PEM text");
        }
        return chain.get(0);
    }

    /**
     * @param pem PEM text holding zero or more certificates, e.g. a chain, leaf first
     * @return the certificates in order
     * @throws CertificateException if a certificate block cannot be parsed
     */
    public static List<X509Certificate> readCertificates(String pem) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals("CERTIFICATE")) {
                byte[] der = decode(m.group(2));
                Certificate c = factory.generateCertificate(new ByteArrayInputStream(der));
                certificates.add((X509Certificate) c);
            }
        }
        return certificates;
    }

    /**
     * @param pem PEM text holding an unencrypted PKCS#8 {@code PRIVATE KEY} block
     * @param algorithm the key algorithm, e.g. {@code RSA}
     * @return the private key
     * @throws GeneralSecurityException if there is no such block or it is not a key of that algorithm
     */
    public static PrivateKey readPrivateKey(String pem, String algorithm) throws GeneralSecurityException {
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals("PRIVATE KEY")) {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(decode(m.group(2))));
            }
        }
        throw new GeneralSecurityException("no unencrypted PKCS#8 PRIVATE KEY block in PEM text"
                + " (convert PKCS#1 with: openssl pkcs8 -topk8 -nocrypt)");
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + LINES.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String base64Lines) throws CertificateException {
        try {
            return Base64.getMimeDecoder().decode(base64Lines.strip());
        } catch (IllegalArgumentException e) {
            throw new CertificateException("PEM block is not Base64", e);
        }
    }
}
