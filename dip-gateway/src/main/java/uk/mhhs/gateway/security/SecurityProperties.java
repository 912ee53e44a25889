package uk.mhhs.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How requests are authenticated ({@code mhhs.gateway.security.*}).
 *
 * @param maxSignatureSkew how far {@code X-DIP-Signature-Date} may be from now, either way (default 5 min)
 * @param publicBaseUrl    the scheme, host and port clients sign, e.g. {@code https://dip.example.test}, when
 *                         the gateway sits behind a proxy that changes them; empty means the URL as received
 */
@ConfigurationProperties("mhhs.gateway.security")
public record SecurityProperties(@DefaultValue("PT5M") Duration maxSignatureSkew, String publicBaseUrl) {

    public SecurityProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? null
                : publicBaseUrl.replaceAll("/+$", "");
    }
}
