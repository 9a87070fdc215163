package nl.noaber.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reach metrics, in the order the dashboard and the CSV show them, each with how it is
 * derived from the facts of one cell and which people guard it against small numbers.
 */
enum Metric {
    REQUESTS_POSTED("requestsPosted", "Hulpvragen", false, c -> Figure.count(c.get("posted"))),
    REQUESTS_ON_BEHALF_SHARE("requestsOnBehalfShare", "Aandeel via VET-medewerker", false,
            c -> Figure.share(c.get("on_behalf"), c.get("posted"))),
    REQUESTS_ACCEPTED("requestsAccepted", "Gekoppeld", false, c -> Figure.count(c.get("accepted"))),
    MATCHED_SHARE("matchedShare", "Aandeel gekoppeld", false,
            c -> Figure.share(c.get("accepted"), c.get("accepted").add(c.get("unmet")))),
    MEDIAN_HOURS_TO_ACCEPTANCE("medianHoursToAcceptance", "Wachttijd tot koppeling, mediaan (uur)", true,
            c -> Figure.guarded(hours(c.orNull("accept_p50")), c.get("accept_n"))),
    P90_HOURS_TO_ACCEPTANCE("p90HoursToAcceptance", "Wachttijd tot koppeling, 90% binnen (uur)", true,
            c -> Figure.guarded(hours(c.orNull("accept_p90")), c.get("accept_n"))),
    MEDIAN_HOURS_TO_DONE("medianHoursToDone", "Tijd tot hulp geboden, mediaan (uur)", true,
            c -> Figure.guarded(hours(c.orNull("done_p50")), c.get("done_n"))),
    P90_HOURS_TO_DONE("p90HoursToDone", "Tijd tot hulp geboden, 90% binnen (uur)", true,
            c -> Figure.guarded(hours(c.orNull("done_p90")), c.get("done_n"))),
    ESCALATIONS("escalations", "Naar coördinator", true, c -> Figure.count(c.get("escalations"))),
    UNMET_REQUESTS("unmetRequests", "Niet gelukt", true, c -> Figure.count(c.get("unmet"))),
    RESIDENTS_HELPED("residentsHelped", "Inwoners geholpen", false, c -> Figure.count(c.get("residents_helped"))),
    VOLUNTEER_HOURS("volunteerHours", "Uren vrijwilligers", false,
            c -> Figure.guarded(perSixty(c.get("minutes")), c.get("active_volunteers").min(c.get("residents_helped")))),
    RIDES("rides", "Ritten", false, c -> Figure.guarded(c.get("rides"), c.get("drivers").min(c.get("passengers")))),
    RIDE_KM("rideKm", "Km gereden", false,
            c -> Figure.guarded(c.get("ride_meters").divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP),
                    c.get("drivers").min(c.get("passengers")))),
    RESPIJT_HOURS("respijtHours", "Uren respijt", false,
            c -> Figure.guarded(perSixty(c.get("respijt_minutes")), c.get("respijt_volunteers").min(c.get("mantelzorgers")))),
    MANTELZORGERS_RELIEVED("mantelzorgersRelieved", "Mantelzorgers ontlast", false, c -> Figure.count(c.get("mantelzorgers"))),
    ACTIVE_VOLUNTEERS("activeVolunteers", "Actieve vrijwilligers", false, c -> Figure.count(c.get("active_volunteers"))),
    NEW_VOLUNTEERS("newVolunteers", "Nieuwe vrijwilligers", false, c -> Figure.count(c.get("new_volunteers"))),
    RECIPROCAL_RESIDENTS("reciprocalResidents", "Geven én ontvangen", false, c -> Figure.count(c.get("reciprocal"))),
    THIN_INITIATIVES("thinInitiatives", "Initiatieven op 2 of minder vrijwilligers", true,
            c -> Figure.plain(c.get("thin_initiatives"))),
    COVERAGE_SHARE("coverageShare", "Dekking Goede Buren (aandeel van de wijk)", false, Metric::coverage);

    private final String key;
    private final String labelNl;
    private final boolean lowerIsBetter;
    private final Function<FactCell, Figure> derive;

    Metric(String key, String labelNl, boolean lowerIsBetter, Function<FactCell, Figure> derive) {
        this.key = key;
        this.labelNl = labelNl;
        this.lowerIsBetter = lowerIsBetter;
        this.derive = derive;
    }

    String key() {
        return key;
    }

    String labelNl() {
        return labelNl;
    }

    /**
     * An amount that adds up over wijken, kinds and periods (counts, hours, km), so a shown total
     * minus its shown parts could give a hidden part away.
     */
    boolean isAmount() {
        return switch (this) {
            case REQUESTS_POSTED, REQUESTS_ACCEPTED, ESCALATIONS, UNMET_REQUESTS, RESIDENTS_HELPED, VOLUNTEER_HOURS, RIDES,
                 RIDE_KM, RESPIJT_HOURS, MANTELZORGERS_RELIEVED, ACTIVE_VOLUNTEERS, NEW_VOLUNTEERS, RECIPROCAL_RESIDENTS -> true;
            default -> false;
        };
    }

    /** A share between 0 and 1 (goals too). */
    boolean isShare() {
        return key.endsWith("Share");
    }

    boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    Figure of(FactCell cell) {
        return derive.apply(cell);
    }

    static Optional<Metric> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    /** Guarded by all active Goede Buren of the gemeente: they cover a wijk from wherever they live. */
    private static Figure coverage(FactCell cell) {
        if (!cell.coverageComputed()) {
            return Figure.NONE;
        }
        return Figure.guarded(cell.get(LiveReach.COVERAGE), cell.wholeGemeente().get(LiveReach.COVERAGE_VOLUNTEERS));
    }

    private static BigDecimal hours(BigDecimal seconds) {
        return seconds == null ? null : seconds.divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal perSixty(BigDecimal minutes) {
        return minutes.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
