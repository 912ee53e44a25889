package uk.mhhs.gateway.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies the {@link WebhookRules} twice: when a webhook is registered (a clear 400 at once) and, because DNS
 * answers can change after that (or be made to change, DNS rebinding), on every call, where the HTTP client
 * connects only to the addresses {@link #addressesToConnect} returned (they are checked, all of them, at that
 * moment).
 */
public class WebhookPolicy {

    private final WebhookRules rules;
    private final HostResolver resolver;

    public WebhookPolicy(WebhookRules rules, HostResolver resolver) {
        this.rules = rules;
        this.resolver = resolver;
    }

    public WebhookRules rules() {
        return rules;
    }

    /**
     * @param url an absolute http(s) callback URL
     * @return why it may not be registered or called, or empty
     */
    public Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (rules.requireHttps() && !scheme.equals("https")) {
            return Optional.of("callbackURL must be an https URL: " + url);
        }
        try {
            addressesToConnect(url.getHost());
            return Optional.empty();
        } catch (RefusedAddress e) {
            return Optional.of("callbackURL " + url + ": " + e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("callbackURL host does not resolve: " + url.getHost());
        }
    }

    /**
     * Resolves {@code host} now and checks every address.
     *
     * @return the addresses to connect to
     * @throws RefusedAddress if any address is one a webhook may not point at
     * @throws UnknownHostException if the host does not resolve
     */
    public InetAddress[] addressesToConnect(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = resolver.resolve(bare);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!rules.allowPrivateAddresses()) {
            for (InetAddress address : addresses) {
                Optional<String> refusal = CallbackAddresses.refusal(address);
                if (refusal.isPresent()) {
                    throw new RefusedAddress(host + " resolves to " + address.getHostAddress() + ", a "
                            + refusal.get() + " address, which webhooks may not use");
                }
            }
        }
        return addresses;
    }

    /** A host resolving to an address webhooks may not use; no connection is made. */
    public static final class RefusedAddress extends UnknownHostException {

        RefusedAddress(String message) {
            super(message);
        }
    }
}
