package nl.noaber.geo;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WijkRepository extends CrudRepository<WijkBoundary, Long> {

    /** The current boundaries of every gemeente: those of its latest year. */
    @Query("""
        SELECT b.* FROM wijk_boundary b
         WHERE b.year = (SELECT max(l.year) FROM wijk_boundary l WHERE l.gemeente = b.gemeente)
         ORDER BY b.gemeente, b.code
        """)
    List<WijkBoundary> findAllCurrent();

    @Query("""
        SELECT b.* FROM wijk_boundary b
         WHERE b.gemeente = :gemeente
           AND b.year = (SELECT max(l.year) FROM wijk_boundary l WHERE l.gemeente = :gemeente)
         ORDER BY b.code
        """)
    List<WijkBoundary> findCurrentOf(String gemeente);

    @Query("DELETE FROM wijk_boundary WHERE gemeente = :gemeente AND year = :year")
    int deleteYear(String gemeente, int year);

    @Query("SELECT count(*) > 0 FROM wijk_boundary WHERE gemeente = :gemeente")
    boolean hasAny(String gemeente);
}
