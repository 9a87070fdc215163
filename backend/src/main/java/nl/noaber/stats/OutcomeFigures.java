package nl.noaber.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import nl.noaber.activity.ActivityReach;
import nl.noaber.activity.OutcomeFact;
import nl.noaber.activity.ReachPeriod;
import nl.noaber.geo.WijkRef;
import nl.noaber.geo.WijkService;
import nl.noaber.identity.Caller;
import nl.noaber.initiative.InitiativeKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident-side outcomes per wijk and kind (issue #11), next to the reach figures: per question
 * how many answered (skips left out), the mean score (two decimals) and the share answering 4 or
 * 5. Counts below 5 are "<5"; a mean needs five answers; a share also hides when the rest is
 * small (ADR 017). Where exactly one wijk's count is hidden under a shown gemeente figure, the
 * smallest shown wijk is hidden too, with everything derived from it.
 */
@Singleton
class OutcomeFigures {

    static final List<String> QUESTIONS = List.of("inTime", "moreInControl", "lessAlone");

    @Serdeable
    record Question(Figure answers, Figure mean, Figure shareHigh) {
        static final Question HIDDEN = new Question(Figure.HIDDEN, Figure.HIDDEN, Figure.HIDDEN);
    }

    @Serdeable
    record Row(LocalDate periodStart, @Nullable String wijk, @Nullable String wijkName, Figure respondents,
               Map<String, Question> questions) {
    }

    @Serdeable
    record Report(String gemeente, ReachPeriod period, LocalDate from, LocalDate to, @Nullable InitiativeKind kind,
                  List<Row> rows) {
    }

    private static final String TOTAL = "";

    private final ActivityReach activity;
    private final WijkService wijken;

    OutcomeFigures(ActivityReach activity, WijkService wijken) {
        this.activity = activity;
        this.wijken = wijken;
    }

    @ReadOnly
    Report report(ReachQuery query, Caller viewer) {
        String gemeente = viewer.gemeente();
        query.requireWijkOf(gemeente, wijken);
        Map<LocalDate, Map<String, Map<String, OutcomeFact>>> facts = new HashMap<>();
        for (OutcomeFact f : activity.outcomeFactsOf(gemeente, query.period(), query.from(), query.end())) {
            boolean ofKind = query.kind() == null ? f.allKinds() : !f.allKinds() && query.kind().name().equals(f.kind());
            if (!ofKind || (!f.allWijken() && f.wijk() == null)) {
                continue;
            }
            facts.computeIfAbsent(f.periodStart(), d -> new HashMap<>())
                    .computeIfAbsent(f.allWijken() ? TOTAL : f.wijk(), w -> new HashMap<>()).put(f.question(), f);
        }
        List<WijkRef> refs = wijken.refsOf(gemeente);
        List<Row> rows = new ArrayList<>();
        for (LocalDate start : query.periodStarts()) {
            Map<String, Map<String, OutcomeFact>> period = facts.getOrDefault(start, Map.of());
            Map<String, Figure> respondents = new LinkedHashMap<>();
            refs.forEach(r -> respondents.put(r.code(), Figure.count(BigDecimal.valueOf(respondentsOf(period.get(r.code()))))));
            Figure wholeRespondents = Figure.count(BigDecimal.valueOf(respondentsOf(period.get(TOTAL))));
            Map<String, Figure> shownRespondents = Disclosure.partsUnder(wholeRespondents, respondents);
            Map<String, Map<String, Figure>> answersByQuestion = new HashMap<>();
            for (String q : QUESTIONS) {
                Map<String, Figure> answers = new LinkedHashMap<>();
                refs.forEach(r -> answers.put(r.code(), Figure.count(BigDecimal.valueOf(answersOf(period.get(r.code()), q)))));
                Figure whole = Figure.count(BigDecimal.valueOf(answersOf(period.get(TOTAL), q)));
                answersByQuestion.put(q, Disclosure.partsUnder(whole, answers));
            }
            rows.add(row(start, null, wholeRespondents, period.get(TOTAL), q -> true));
            for (WijkRef ref : refs) {
                Figure shown = shownRespondents.get(ref.code());
                rows.add(row(start, ref, shown, period.get(ref.code()),
                        q -> shown.hasValue() && answersByQuestion.get(q).get(ref.code()).hasValue()));
            }
        }
        List<Row> shown = rows.stream().filter(r -> query.shows(r.wijk())).toList();
        return new Report(gemeente, query.period(), query.from(), query.to(), query.kind(), shown);
    }

    private static Row row(LocalDate start, @Nullable WijkRef wijk, Figure respondents, @Nullable Map<String, OutcomeFact> cell,
                           java.util.function.Predicate<String> stillShown) {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (String q : QUESTIONS) {
            OutcomeFact f = cell == null ? null : cell.get(q);
            questions.put(q, stillShown.test(q) ? question(f) : Question.HIDDEN);
        }
        return new Row(start, wijk == null ? null : wijk.code(), wijk == null ? null : wijk.name(), respondents, questions);
    }

    private static Question question(@Nullable OutcomeFact f) {
        BigDecimal answers = BigDecimal.valueOf(f == null ? 0 : f.answers());
        BigDecimal mean = f == null || f.answers() == 0 ? null
                : BigDecimal.valueOf(f.scoreSum()).divide(answers, 2, RoundingMode.HALF_UP);
        return new Question(Figure.count(answers), Figure.guarded(mean, answers),
                Figure.share(BigDecimal.valueOf(f == null ? 0 : f.high()), answers));
    }

    private static long respondentsOf(@Nullable Map<String, OutcomeFact> cell) {
        return cell == null || cell.isEmpty() ? 0 : cell.values().iterator().next().respondents();
    }

    private static long answersOf(@Nullable Map<String, OutcomeFact> cell, String question) {
        OutcomeFact f = cell == null ? null : cell.get(question);
        return f == null ? 0 : f.answers();
    }
}
