package uk.mhhs.gateway.security;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway's own signing credential (for its webhook calls) comes from ({@code mhhs.gateway.security.signing.*}),
 * in this order: a PKCS#12 key store; a PEM certificate and PEM (PKCS#8) private key; else a self-signed credential
 * generated at first start and kept in {@code generatedDirectory} (in memory only if that is blank). The generated
 * one is for local use: recipients cannot tie it to a certificate authority.
 *
 * @param keyStore path of a PKCS#12 file
 * @param keyStorePassword its password (also the key's)
 * @param keyAlias the key entry; blank for the first one
 * @param certificate path of a PEM certificate
 * @param privateKey path of a PEM unencrypted PKCS#8 RSA private key
 * @param generatedDirectory where a generated credential is written and read back on restart
 * @param generatedCommonName the CN of a generated certificate
 */
public record SigningProperties(
        String keyStore,
        @DefaultValue("") String keyStorePassword,
        String keyAlias,
        String certificate,
        String privateKey,
        String generatedDirectory,
        @DefaultValue("mhhs-dip-gateway") String generatedCommonName) {
}
