package nl.noaber.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * What to generate. The history ends at {@code until} (exclusive), a fixed date rather than today,
 * so that a seed gives the same rows whenever it runs.
 *
 * @param residentsPerVolunteer about 26 % of inhabitants who take part volunteer (issue #10): ~3 residents per volunteer
 * @param requestsPerResidentYear help requests per resident per year, on average (a few residents ask often, most rarely)
 */
record PopulationPlan(int volunteers, int years, long seed, double residentsPerVolunteer, double requestsPerResidentYear,
                      LocalDate until) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalDate DEFAULT_UNTIL = LocalDate.of(2026, 11, 1);

    static PopulationPlan of(int volunteers, int years, long seed) {
        return new PopulationPlan(volunteers, years, seed, 3.0, 1.0, DEFAULT_UNTIL);
    }

    PopulationPlan until(LocalDate end) {
        return new PopulationPlan(volunteers, years, seed, residentsPerVolunteer, requestsPerResidentYear, end);
    }

    LocalDate from() {
        return until.minusYears(years);
    }

    int residents() {
        return (int) Math.round(volunteers * residentsPerVolunteer);
    }

    /**
     * An independent random stream for one part (residents, circles, requests …). The volunteers
     * keep drawing from {@code new SplittableRandom(seed)} as they always did, so published
     * benchmark numbers stay reproducible; every new part gets a stream of its own, so adding or
     * changing one part never shifts the draws of another.
     */
    SplittableRandom stream(int part) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + part * 0xBF58476D1CE4E5B9L + part);
    }
}
