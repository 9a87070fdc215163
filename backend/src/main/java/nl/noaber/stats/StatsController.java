package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.noaber.InvalidInput;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.identity.Caller;
import nl.noaber.initiative.InitiativeKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reach statistics per wijk for the gemeente's coordinators, VET staff and admins. */
@Controller("/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"COORDINATOR", "VET_STAFF", "ADMIN"})
class StatsController {

    static final MediaType CSV = new MediaType("text/csv; charset=UTF-8");
    static final MediaType GEO_JSON = new MediaType("application/geo+json");
    private static final String WIJK_CODE = "WK\\d{6}";

    private final ReachReports reports;
    private final Targets targets;
    private final SignalTrends signals;
    private final OutcomeFigures outcomes;
    private final Clock clock;

    StatsController(ReachReports reports, Targets targets, SignalTrends signals, OutcomeFigures outcomes, Clock clock) {
        this.reports = reports;
        this.targets = targets;
        this.signals = signals;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** Zorgsignalen per period, wijk and category, straight from the activity log. */
    @Get("/signals")
    SignalTrends.Report signals(@QueryValue @Nullable ReachPeriod period, @QueryValue @Nullable LocalDate from,
                                @QueryValue @Nullable LocalDate to, @QueryValue @Nullable @Pattern(regexp = WIJK_CODE) String wijk,
                                Authentication auth) {
        return signals.report(ReachQuery.of(period, from, to, wijk, null, null, LocalDate.now(clock)), Caller.of(auth));
    }

    /** Resident-side outcomes per period and wijk, optionally of one kind, straight from the activity log. */
    @Get("/outcomes")
    OutcomeFigures.Report outcomes(@QueryValue @Nullable ReachPeriod period, @QueryValue @Nullable LocalDate from,
                                   @QueryValue @Nullable LocalDate to, @QueryValue @Nullable @Pattern(regexp = WIJK_CODE) String wijk,
                                   @QueryValue @Nullable InitiativeKind kind, Authentication auth) {
        return outcomes.report(ReachQuery.of(period, from, to, wijk, kind, null, LocalDate.now(clock)), Caller.of(auth));
    }

    @Get("/reach")
    ReachReport reach(@QueryValue @Nullable ReachPeriod period, @QueryValue @Nullable LocalDate from,
                      @QueryValue @Nullable LocalDate to, @QueryValue @Nullable @Pattern(regexp = WIJK_CODE) String wijk,
                      @QueryValue @Nullable InitiativeKind kind, @QueryValue @Nullable ReachReport.ReachSource source,
                      Authentication auth) {
        return reports.report(ReachQuery.of(period, from, to, wijk, kind, source, LocalDate.now(clock)), Caller.of(auth));
    }

    @Get(uri = "/reach.csv", produces = "text/csv")
    HttpResponse<String> reachCsv(@QueryValue @Nullable ReachPeriod period, @QueryValue @Nullable LocalDate from,
                                  @QueryValue @Nullable LocalDate to, @QueryValue @Nullable @Pattern(regexp = WIJK_CODE) String wijk,
                                  @QueryValue @Nullable InitiativeKind kind, @QueryValue @Nullable ReachReport.ReachSource source,
                                  Authentication auth) {
        ReachReport report = reports.report(ReachQuery.of(period, from, to, wijk, kind, source, LocalDate.now(clock)),
                Caller.of(auth));
        return download(ReachCsv.of(report.rows()),
                "noaber-bereik-" + report.gemeente() + "-" + report.period().name().toLowerCase() + ".csv");
    }

    @Get(uri = "/wijken.geojson", produces = "application/geo+json")
    HttpResponse<Choropleth.Collection> wijken(@QueryValue String metric, @QueryValue @Nullable ReachPeriod period,
                                               @QueryValue @Nullable LocalDate date, @QueryValue @Nullable InitiativeKind kind,
                                               Authentication auth) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        ReachQuery query = ReachQuery.at(period, day, kind, LocalDate.now(clock));
        return HttpResponse.ok(reports.choropleth(metricNamed(metric), query, Caller.of(auth))).contentType(GEO_JSON);
    }

    @Get(uri = "/annual-report.csv", produces = "text/csv")
    HttpResponse<String> annualReport(@QueryValue @Min(2000) @Max(2100) int year, Authentication auth) {
        if (year > LocalDate.now(clock).getYear()) {
            throw new InvalidInput("year", "must not be in the future");
        }
        Caller caller = Caller.of(auth);
        return download(ReachCsv.of(reports.annual(year, caller)), "noaber-jaarverslag-" + caller.gemeente() + "-" + year + ".csv");
    }

    @Get("/targets")
    List<Targets.TargetView> targets(Authentication auth) {
        return targets.of(Caller.of(auth));
    }

    @Put("/targets/{wijk}/{metric}")
    @Secured({"COORDINATOR", "ADMIN"})
    Targets.TargetView putTarget(@Pattern(regexp = WIJK_CODE) String wijk, String metric, @Body @Valid TargetForm body,
                                 Authentication auth) {
        return targets.put(wijk, metricNamed(metric), body.goal(), Caller.of(auth));
    }

    @Delete("/targets/{wijk}/{metric}")
    @Secured({"COORDINATOR", "ADMIN"})
    HttpResponse<Void> deleteTarget(@Pattern(regexp = WIJK_CODE) String wijk, String metric, Authentication auth) {
        targets.remove(wijk, metricNamed(metric), Caller.of(auth));
        return HttpResponse.noContent();
    }

    private static Metric metricNamed(String key) {
        return Metric.byKey(key).orElseThrow(() -> new InvalidInput("metric", "unknown metric; one of "
                + Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", "))));
    }

    private static HttpResponse<String> download(String body, String filename) {
        return HttpResponse.ok(body).contentType(CSV).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
