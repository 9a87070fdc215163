package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An address found by postcode and house number, with its position and wijk. */
@Serdeable
public record AddressView(String displayName, String street, String huisnummer, String postcode, String city,
                          GeoJsonPoint location, @Nullable WijkRef wijk) {
}
