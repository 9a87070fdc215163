package nl.noaber.geo;

import nl.noaber.InvalidInput;

/** A location the client sent that is not a usable GeoJSON point or Dutch address. */
public final class InvalidLocation extends InvalidInput {

    InvalidLocation(String field, String message) {
        super(field, message);
    }
}
