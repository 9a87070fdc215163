package nl.noaber.matching;

import nl.noaber.geo.RdPoint;

/**
 * The kilometres an AutoMaatje driver drives for a ride, counted from their own front door
 * (the km allowance starts there): home → pickup → destination → home, or with a return trip
 * home → pickup → destination → pickup → home. Straight lines in RD metres: a road network would
 * be closer to the truth, but the order of drivers — which is all the ranking needs — rarely
 * changes, and it needs no routing engine.
 */
final class RideRoute {

    private RideRoute() {
    }

    static double totalMeters(RdPoint home, RdPoint pickup, RdPoint destination, boolean returnTrip) {
        double there = home.distanceMeters(pickup) + pickup.distanceMeters(destination);
        return returnTrip
                ? there + destination.distanceMeters(pickup) + pickup.distanceMeters(home)
                : there + destination.distanceMeters(home);
    }
}
