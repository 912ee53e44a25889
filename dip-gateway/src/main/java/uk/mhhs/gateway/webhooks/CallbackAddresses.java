package uk.mhhs.gateway.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a webhook may not point at: anything that reaches the gateway's own host or network rather than a
 * participant's public endpoint (server-side request forgery). Pure rule, no resolution.
 */
public final class CallbackAddresses {

    private CallbackAddresses() {
    }

    /**
     * @param address a resolved address of a callback host
     * @return why it is refused (e.g. {@code "loopback"}), or empty if a webhook may be called there
     */
    public static Optional<String> refusal(InetAddress address) {
        InetAddress plain = unmapped(address);
        if (plain.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (plain.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (plain.isLinkLocalAddress()) {
            return Optional.of("link-local (169.254.0.0/16, fe80::/10; cloud metadata services live there)");
        }
        if (plain.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] bytes = plain.getAddress();
        if (plain instanceof Inet4Address) {
            return ipv4(bytes);
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("private (IPv6 unique local, fc00::/7)");
        }
        if (plain.isSiteLocalAddress()) {
            return Optional.of("private (IPv6 site-local, fec0::/10)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168) {
            return Optional.of("private (RFC 1918)");
        }
        if (first == 0) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("private (carrier-grade NAT, 100.64.0.0/10)");
        }
        if (first >= 240) {
            return Optional.of("reserved or broadcast (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    /** {@code ::ffff:a.b.c.d} is the IPv4 address a.b.c.d. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }
}
