package nl.noaber.geo;

import java.util.Optional;

/**
 * Port: Dutch address → position. Adapters: {@link PdokGeocoder} (PDOK Locatieserver) when
 * configured, otherwise {@link UnconfiguredGeocoder}. Clients with GPS send coordinates and do not
 * need this at all, which is why a geocoder outage never blocks a help request.
 */
public interface Geocoder {

    /**
     * @return the address, or empty if it does not exist
     * @throws GeocoderUnavailable if the geocoder cannot be reached or answers nonsense
     */
    Optional<GeocodedAddress> lookup(DutchAddress address);
}
