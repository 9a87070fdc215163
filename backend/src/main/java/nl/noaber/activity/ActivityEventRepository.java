package nl.noaber.activity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Insert and read only: the table refuses UPDATE, and DELETE outside the retention job. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ActivityEventRepository extends GenericRepository<ActivityEvent, Long> {

    ActivityEvent save(ActivityEvent event);

    List<ActivityEvent> saveAll(Iterable<ActivityEvent> events);

    List<ActivityEvent> findByGemeenteAndTypeOrderById(String gemeente, String type);

    Optional<Instant> findMaxOccurredAtByGemeenteAndInitiativeId(String gemeente, long initiativeId);
}
