package nl.noaber.geo;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WijkImportRepository extends CrudRepository<WijkImport, Long> {

    /** Grows with every import anywhere; instances rebuild their index when it changes. */
    @Query("SELECT COALESCE(max(id), 0) FROM wijk_import")
    long latestImportId();
}
