package nl.noaber.geo;

/** What a geocoder found for an address: a display line, the parts, and the position. */
public record GeocodedAddress(String displayName, String street, String huisnummer, String postcode,
                              String city, LatLon position) {
}
