package nl.noaber.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("wijk_import")
record WijkImport(@Id @GeneratedValue @Nullable Long id,
                  String gemeente,
                  int year,
                  String source,
                  int wijkCount,
                  @Nullable Long importedBy,
                  Instant importedAt) {
}
