package nl.noaber.geo;

import jakarta.inject.Singleton;

/**
 * Location privacy before acceptance (DESIGN decision 5). The exact point is snapped to the centre
 * of its 250 m × 250 m cell in the RD grid; the distance is measured from the viewer to that
 * centre — not to the exact point — and rounded to 100 m, so combining the two reveals nothing
 * finer than the cell. The cell grid is fixed (aligned to RD 0,0), so repeated offers for the same
 * address always show the same cell and cannot be averaged towards the address.
 */
@Singleton
public class LocationBlur {

    static final int CELL_METERS = 250;
    private static final int DISTANCE_STEP_METERS = 100;

    private final RdProjection projection;

    LocationBlur(RdProjection projection) {
        this.projection = projection;
    }

    public BlurredLocation blurFor(Location exact, RdPoint viewer) {
        RdPoint centre = cellCentre(exact.rd());
        long distance = Math.round(viewer.distanceMeters(centre) / DISTANCE_STEP_METERS) * DISTANCE_STEP_METERS;
        LatLon approximate = projection.toWgs84(centre);
        // Five decimals (~1 m) are plenty for a 250 m cell and keep the projection's noise out.
        LatLon rounded = new LatLon(round5(approximate.lat()), round5(approximate.lon()));
        return new BlurredLocation(GeoJsonPoint.of(rounded), CELL_METERS, exact.wijk(), distance);
    }

    /** The centre of the point's 250 m cell: all that is ever kept or shown of an exact home. */
    public static RdPoint cellCentre(RdPoint point) {
        return new RdPoint(Math.floor(point.x() / CELL_METERS) * CELL_METERS + CELL_METERS / 2.0,
                Math.floor(point.y() / CELL_METERS) * CELL_METERS + CELL_METERS / 2.0);
    }

    private static double round5(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
