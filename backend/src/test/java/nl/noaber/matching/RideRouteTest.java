package nl.noaber.matching;

import nl.noaber.geo.RdPoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RideRouteTest {

    //  pickup (0,0) ─────────────► hospital (10 000, 0)
    //        driverOnTheWay lives at (5 000, 1 000); driverBehind at (-3 000, 0), nearer the pickup
    private final RdPoint pickup = new RdPoint(200_000, 470_000);
    private final RdPoint hospital = new RdPoint(210_000, 470_000);
    private final RdPoint driverOnTheWay = new RdPoint(205_000, 471_000);
    private final RdPoint driverBehind = new RdPoint(197_000, 470_000);

    @Test
    void theDriverWhoseHomeLiesOnTheWayDrivesLessThanTheOneNearestThePickup() {
        assertTrue(driverBehind.distanceMeters(pickup) < driverOnTheWay.distanceMeters(pickup));
        double onTheWay = RideRoute.totalMeters(driverOnTheWay, pickup, hospital, false);
        double behind = RideRoute.totalMeters(driverBehind, pickup, hospital, false);
        assertTrue(onTheWay < behind, onTheWay + " should be less than " + behind);
    }

    @Test
    void aReturnTripBringsThePassengerHomeBeforeTheDriverGoesHome() {
        RdPoint home = new RdPoint(200_000, 470_000);   // the driver lives at the pickup
        assertEquals(20_000, RideRoute.totalMeters(home, pickup, hospital, true), 0.001);
        assertEquals(20_000, RideRoute.totalMeters(home, pickup, hospital, false), 0.001);
        assertEquals(26_000, RideRoute.totalMeters(driverBehind, pickup, hospital, true), 0.001);
    }
}
