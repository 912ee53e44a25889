/**
 * DIP request signing: every call to and from the DIP carries four headers — signature date,
 * Base64 SHA-256 content hash, an RSA PKCS#1 v1.5 SHA-256 signature over
 * {@code METHOD;lower(url);date;hash}, and the Base64 of the signer's certificate PEM.
 * {@link uk.mhhs.common.signature.DipSigner} makes them and
 * {@link uk.mhhs.common.signature.DipSignatureVerifier} checks them. JDK {@code java.security} only.
 */
package uk.mhhs.common.signature;
