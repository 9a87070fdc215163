package nl.noaber.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The privacy package's tables. */
final class PrivacyRepositories {

    private PrivacyRepositories() {
    }

    /** Insert and read only: the table refuses UPDATE, DELETE and TRUNCATE (V21). */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PersonalDataReadRepository extends GenericRepository<PersonalDataRead, Long> {

        <S extends PersonalDataRead> List<S> saveAll(Iterable<S> reads);

        @Query("""
            SELECT * FROM personal_data_read
             WHERE gemeente = :gemeente AND id < :beforeId
               AND (CAST(:personId AS BIGINT) IS NULL OR person_id = :personId)
               AND (CAST(:readerId AS BIGINT) IS NULL OR reader_id = :readerId)
             ORDER BY id DESC
             LIMIT :limit
            """)
        List<PersonalDataRead> findPage(String gemeente, @Nullable Long personId, @Nullable Long readerId,
                                        long beforeId, int limit);

        @Query("SELECT * FROM personal_data_read WHERE person_id = :personId ORDER BY id")
        List<PersonalDataRead> findAboutPerson(long personId);
    }
}
