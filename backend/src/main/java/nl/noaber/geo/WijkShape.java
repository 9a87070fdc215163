package nl.noaber.geo;

import org.locationtech.jts.geom.Geometry;

/** One wijk's boundary in RD metres, as the index and the importer handle it. */
record WijkShape(String gemeente, String code, String name, Geometry boundaryRd) {
}
