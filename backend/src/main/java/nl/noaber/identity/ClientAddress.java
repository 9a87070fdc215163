package nl.noaber.identity;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * The address a request came from, for login throttling. The socket's peer by default: headers
 * such as {@code X-Forwarded-For} are written by the client and would let an attacker pick a new
 * address per guess (or lock out a care home by naming its address). Behind a reverse proxy that
 * overwrites the header, set {@code NOABER_IDENTITY_TRUSTED_ADDRESS_HEADER}; the right-most entry,
 * the one the proxy added, is used.
 */
@Singleton
public class ClientAddress {

    private final IdentityProperties properties;

    ClientAddress(IdentityProperties properties) {
        this.properties = properties;
    }

    public String of(HttpRequest<?> request) {
        String header = properties.trustedAddressHeader();
        if (header != null && !header.isBlank()) {
            String value = request.getHeaders().get(header);
            if (value != null && !value.isBlank()) {
                String[] hops = value.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer.getAddress() == null ? peer.getHostString() : peer.getAddress().getHostAddress();
    }
}
