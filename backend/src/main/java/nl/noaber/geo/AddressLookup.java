package nl.noaber.geo;

import io.micronaut.retry.exception.CircuitOpenException;
import jakarta.inject.Singleton;

/** Postcode + house number → address with position and wijk, for forms without GPS. */
@Singleton
public class AddressLookup {

    private final Geocoder geocoder;
    private final Locations locations;

    AddressLookup(Geocoder geocoder, Locations locations) {
        this.geocoder = geocoder;
        this.locations = locations;
    }

    /**
     * @throws InvalidLocation      for a malformed postcode or house number
     * @throws AddressNotFound      if the address does not exist
     * @throws GeocoderUnavailable  if lookup is down; the client can send coordinates instead
     */
    public AddressView lookup(String postcode, String huisnummer, String gemeente) {
        DutchAddress address = DutchAddress.parse(postcode, huisnummer);
        GeocodedAddress found;
        try {
            found = geocoder.lookup(address).orElseThrow(() -> new AddressNotFound(address));
        } catch (CircuitOpenException e) {
            throw new GeocoderUnavailable("Address lookup is failing and paused for a moment");
        }
        Location location = locations.locate(found.position(), gemeente);
        return new AddressView(found.displayName(), found.street(), found.huisnummer(), found.postcode(), found.city(),
                GeoJsonPoint.of(found.position()), location.wijk());
    }
}
