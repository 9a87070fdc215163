package nl.noaber.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * When requests are posted: more on weekdays than at the weekend, more in winter than in summer
 * (illness, dark evenings, the holidays away), growing as the service becomes known, and in
 * daytime hours with a morning peak. Drawn by rejection: a uniform moment is kept with
 * probability weight / maximum weight.
 */
final class RequestRhythm {

    /** Monday … Sunday. */
    private static final double[] WEEKDAY = {1.0, 0.95, 0.95, 0.9, 0.85, 0.55, 0.35};
    /** Share of a day's requests per hour 0–23: quiet at night, a peak at 9–11. */
    private static final double[] HOUR = {0.05, 0.02, 0.01, 0.01, 0.01, 0.03, 0.2, 0.6, 1.0, 1.0, 1.0, 0.9, 0.7, 0.8, 0.8,
            0.7, 0.6, 0.5, 0.5, 0.5, 0.4, 0.3, 0.15, 0.08};
    /** Winter peak, summer dip: ±25 % around the mean, highest in mid-January. */
    private static final double SEASON = 0.25;
    /** The last year of the history has this many times the requests of the first day. */
    private static final double GROWTH = 1.6;

    private final LocalDate from;
    private final int days;

    RequestRhythm(LocalDate from, LocalDate until) {
        this.from = from;
        this.days = (int) (until.toEpochDay() - from.toEpochDay());
    }

    LocalDateTime next(SplittableRandom random) {
        double max = (1 + SEASON) * GROWTH;
        while (true) {
            int d = random.nextInt(days);
            LocalDate day = from.plusDays(d);
            double weight = WEEKDAY[day.getDayOfWeek().getValue() - 1] * season(day) * (1 + (GROWTH - 1) * d / days);
            if (random.nextDouble() * max <= weight) {
                return day.atStartOfDay().plusMinutes(minuteOfDay(random));
            }
        }
    }

    /** 1 ± SEASON, a cosine over the year peaking on 15 January. */
    static double season(LocalDate day) {
        return 1 + SEASON * Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.25);
    }

    private static int minuteOfDay(SplittableRandom random) {
        while (true) {
            int hour = random.nextInt(24);
            if (random.nextDouble() <= HOUR[hour]) {
                return hour * 60 + random.nextInt(60);
            }
        }
    }
}
