package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("wijk_boundary")
record WijkBoundary(@Id @GeneratedValue @Nullable Long id,
                    String gemeente,
                    int year,
                    String code,
                    long importId,
                    String name,
                    double areaM2,
                    byte[] boundaryRd,
                    String geojsonWgs84) {
}
