package nl.noaber.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface GemeenteRepository extends GenericRepository<Gemeente, String> {

    List<Gemeente> findAllOrderByCode();

    boolean existsByCode(String code);

    @Query("SELECT neighbour FROM gemeente_neighbour WHERE gemeente = :code ORDER BY neighbour")
    List<String> findNeighboursOf(String code);
}
