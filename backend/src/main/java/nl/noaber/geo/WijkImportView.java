package nl.noaber.geo;

import io.micronaut.serde.annotation.Serdeable;

import java.time.OffsetDateTime;
import java.util.List;

/** The outcome of a wijk import: what is now current, and which wijken needed a repair. */
@Serdeable
public record WijkImportView(long id, String gemeente, int year, int wijkCount, List<String> repaired,
                             OffsetDateTime importedAt) {
}
