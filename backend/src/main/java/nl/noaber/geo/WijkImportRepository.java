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

    /**
     * Imports of one gemeente wait for each other until the transaction ends: pods starting together
     * on a new database all import the bundled wijken, and would otherwise fail on each other's rows.
     */
    @Query("SELECT true FROM pg_advisory_xact_lock(hashtext('noaber.wijk-import'), hashtext(:gemeente))")
    boolean waitForOtherImportsOf(String gemeente);
}
