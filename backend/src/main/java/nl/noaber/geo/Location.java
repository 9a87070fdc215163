package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;

/**
 * A place as Noaber stores it: the WGS84 position the client gave, its RD New metres (what
 * distances and the GiST indexes use) and the wijk it lies in, if any. Points outside every wijk
 * of the gemeente (or outside the Netherlands) are accepted and simply have no wijk.
 */
public record Location(LatLon wgs84, RdPoint rd, @Nullable WijkRef wijk) {
}
