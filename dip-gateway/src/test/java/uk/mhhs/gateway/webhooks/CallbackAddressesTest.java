package uk.mhhs.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallbackAddressesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
        "127.0.0.1,       loopback",
        "127.9.9.9,       loopback",
        "::1,             loopback",
        "::ffff:127.0.0.1, loopback",
        "10.0.0.1,        private (RFC 1918)",
        "172.16.0.1,      private (RFC 1918)",
        "172.31.255.255,  private (RFC 1918)",
        "192.168.1.1,     private (RFC 1918)",
        "::ffff:10.0.0.1, private (RFC 1918)",
        "fd12:3456::1,    'private (IPv6 unique local, fc00::/7)'",
        "fc00::1,         'private (IPv6 unique local, fc00::/7)'",
        "169.254.169.254, 'link-local (169.254.0.0/16, fe80::/10; cloud metadata services live there)'",
        "fe80::1,         'link-local (169.254.0.0/16, fe80::/10; cloud metadata services live there)'",
        "0.0.0.0,         unspecified",
        "::,              unspecified",
        "0.1.2.3,         unspecified (0.0.0.0/8)",
        "224.0.0.1,       multicast",
        "ff02::1,         multicast",
        "100.64.0.1,      'private (carrier-grade NAT, 100.64.0.0/10)'",
        "255.255.255.255, 'reserved or broadcast (240.0.0.0/4)'",
        "172.15.255.255,  -",
        "172.32.0.1,      -",
        "93.184.215.14,   -",
        "8.8.8.8,         -",
        "2a00:1450:4009::200e, -",
    })
    void refuses_addresses_of_the_gateways_own_host_and_networks(String address, String reason) throws Exception {
        assertThat(CallbackAddresses.refusal(InetAddress.getByName(address))).isEqualTo(Optional.ofNullable(reason));
    }
}
