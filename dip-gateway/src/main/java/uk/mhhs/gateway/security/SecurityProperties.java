package uk.mhhs.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How requests are authenticated and how the gateway signs ({@code mhhs.gateway.security.*}, bound by
 * {@code GatewayProperties}).
 *
 * @param maxSignatureSkew how far {@code X-DIP-Signature-Date} may be from now, either way (default 5 min)
 * @param publicBaseUrl    the scheme, host and port clients sign, e.g. {@code https://dip.example.test}, when
 *                         the gateway sits behind a proxy that changes them; empty means the URL as received
 * @param signing          the gateway's own signing key and certificate
 * @param developmentCredentials whether self-signed DEVELOPMENT credentials (TLS key store, signing credential)
 *                         are generated when none is configured, outside the {@code local} profile (which always
 *                         allows them); default false: a missing credential stops the start. Read from the
 *                         environment by {@link DevelopmentCredentials} (the TLS key store is settled before binding)
 */
public record SecurityProperties(@DefaultValue("PT5M") Duration maxSignatureSkew, String publicBaseUrl,
                                 @DefaultValue SigningProperties signing,
                                 @DefaultValue("false") boolean developmentCredentials) {

    public SecurityProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null
                : publicBaseUrl.replaceAll("/+$", "");
    }
}
