package nl.noaber.bench;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.noaber.support.TimeTravel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.LocalDate;

/**
 * Issue #10: writes a synthetic population ({@link PopulationGenerator}) into the fresh embedded
 * database of this context and prints progress and a summary (rows per table, seconds). Not a
 * test: it measures. The database is thrown away with the context. Run with bench/population.sh;
 * sizes by {@code -Dnoaber.bench.volunteers} (default 10 000), {@code -Dnoaber.bench.years} (3),
 * {@code -Dnoaber.bench.seed} (that of the matching benchmark, so the volunteers are the same) and
 * {@code -Dnoaber.bench.until} (the end of the history, default {@link PopulationPlan#DEFAULT_UNTIL}).
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
@Property(name = "noaber.demo-data.enabled", value = "false")
@Property(name = "noaber.activity.pseudonym-key", value = PopulationGenerator.PSEUDONYM_KEY)
class PopulationBenchmark {

    private static final long MATCHING_BENCHMARK_SEED = 20261123L;

    @Inject
    DataSource dataSource;

    @Test
    void population() throws Exception {
        PopulationPlan plan = PopulationPlan.of(Integer.getInteger("noaber.bench.volunteers", 10_000),
                        Integer.getInteger("noaber.bench.years", 3), Long.getLong("noaber.bench.seed", MATCHING_BENCHMARK_SEED))
                .until(LocalDate.parse(System.getProperty("noaber.bench.until", PopulationPlan.DEFAULT_UNTIL.toString())));
        try (Connection connection = TimeTravel.connection(dataSource)) {
            new PopulationGenerator().generate(connection, plan).print();
        }
    }
}
