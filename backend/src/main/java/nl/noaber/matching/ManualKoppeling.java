package nl.noaber.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.initiative.InitiativeService;
import nl.noaber.initiative.MatchingPolicy;
import nl.noaber.initiative.VerificationPolicy;
import nl.noaber.request.HelpRequestNotFound;
import nl.noaber.request.MatchableRequest;
import nl.noaber.request.RequestStatus;
import nl.noaber.request.RequestsForMatching;
import nl.noaber.volunteer.CandidateSearch;
import nl.noaber.volunteer.VolunteerFit;
import nl.noaber.volunteer.VolunteerVerification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A coordinator offers a request to a volunteer they chose (issue #5, "manual koppeling"). The
 * volunteer still accepts or declines, as with any offer. The coordinator may look past the
 * volunteer's own radius and weekly slots — they called and agreed — but not past what protects
 * the person helped or the volunteer: the capacity, a pause or absence, and the initiative's
 * verification rule. An escalated request stays in the coordinator queue until someone accepts.
 */
@Singleton
class ManualKoppeling {

    private static final Set<RequestStatus> LOOKING = EnumSet.of(RequestStatus.OPEN, RequestStatus.OFFERED, RequestStatus.ESCALATED);

    private final MatchingRepositories.OfferRepository offers;
    private final MatchingRepositories.RoundRepository rounds;
    private final RequestsForMatching requests;
    private final InitiativeService initiatives;
    private final CandidateSearch search;
    private final VolunteerVerification verification;
    private final MatchingLog log;
    private final OfferNotices notices;
    private final Clock clock;

    ManualKoppeling(MatchingRepositories.OfferRepository offers, MatchingRepositories.RoundRepository rounds,
                    RequestsForMatching requests, InitiativeService initiatives, CandidateSearch search,
                    VolunteerVerification verification, MatchingLog log, OfferNotices notices, Clock clock) {
        this.offers = offers;
        this.rounds = rounds;
        this.requests = requests;
        this.initiatives = initiatives;
        this.search = search;
        this.verification = verification;
        this.log = log;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * @return the new (or renewed) offer, as the matching log shows it
     * @throws HelpRequestNotFound                     not a request of the coordinator's gemeente
     * @throws ManualOfferProblems.NotLookingForHelp   the request is accepted, done, cancelled or expired
     * @throws ManualOfferProblems.VolunteerUnsuitable the volunteer cannot take it (422 naming volunteerId)
     * @throws ManualOfferProblems.AlreadyOffered      the volunteer has an open or accepted offer for it
     */
    @Transactional
    MatchingLog.Entry offer(long requestId, ManualOfferForm form, Caller coordinator) {
        String gemeente = coordinator.gemeente();
        MatchableRequest request = requests.findForOffer(requestId, gemeente).orElseThrow(() -> new HelpRequestNotFound(requestId));
        if (!LOOKING.contains(request.status())) {
            throw new ManualOfferProblems.NotLookingForHelp(requestId, request.status());
        }
        long volunteerId = form.volunteerId();
        MatchingPolicy policy = initiatives.policyFor(request.initiativeId(), request.kind(), gemeente);
        Instant now = clock.instant();
        VolunteerFit fit = suitable(request, volunteerId, policy, now);
        Instant answerBy = answerBy(request, policy, now);
        int wave = rounds.findById(requestId).map(r -> Math.max(1, r.wave())).orElse(1);
        String reasons = reasonsOf(form, fit);
        if (offers.reopen(requestId, gemeente, volunteerId, wave, reasons, now, answerBy, coordinator.accountId()) == 0) {
            if (offers.findByRequestIdAndVolunteerId(requestId, volunteerId).isPresent()) {
                throw new ManualOfferProblems.AlreadyOffered(volunteerId);
            }
            offers.save(new Offer(null, gemeente, requestId, volunteerId, request.requesterId(), wave, Offer.Status.OPEN,
                    (int) Math.round(fit.distanceMeters()), reasons, now, answerBy, null, coordinator.accountId()));
        }
        if (request.status() == RequestStatus.OPEN) {
            requests.markOffered(requestId, gemeente);
        }
        Offer offer = offers.findByRequestIdAndVolunteerId(requestId, volunteerId).orElseThrow();
        notices.offered(offer, request);
        return log.entryOf(offer);
    }

    private VolunteerFit suitable(MatchableRequest request, long volunteerId, MatchingPolicy policy, Instant now) {
        if (volunteerId == request.requesterId()) {
            throw new ManualOfferProblems.VolunteerUnsuitable(volunteerId, "asked for this help themself");
        }
        TaskTime when = TaskTime.of(request, now, clock.getZone());
        VolunteerFit fit = search.fitOf(volunteerId, request.gemeente(), Eligibility.capacityFor(request.kind()), request.place(),
                        when.day(), when.from(), when.until())
                .orElseThrow(() -> new ManualOfferProblems.VolunteerUnsuitable(volunteerId,
                        "has no volunteer profile for " + request.kind() + " in your gemeente"));
        if (fit.paused() || fit.away()) {
            throw new ManualOfferProblems.VolunteerUnsuitable(volunteerId, "is " + (fit.paused() ? "paused" : "away that day"));
        }
        VolunteerVerification.Evidence evidence = verification.evidenceOf(request.gemeente(), List.of(volunteerId)).get(volunteerId);
        if (!VerificationPolicy.admits(policy, evidence, LocalDate.ofInstant(now, clock.getZone()))) {
            throw new ManualOfferProblems.VolunteerUnsuitable(volunteerId,
                    "is not verified (VOG and intake) as this initiative requires");
        }
        return fit;
    }

    /** The normal wave timeout, but not past the moment help is needed. */
    private static Instant answerBy(MatchableRequest request, MatchingPolicy policy, Instant now) {
        Instant answerBy = now.plus(WavePlan.timeoutOf(request.urgency(), policy));
        Instant neededBy = request.neededBy();
        return neededBy != null && neededBy.isAfter(now) && neededBy.isBefore(answerBy) ? neededBy : answerBy;
    }

    private static String reasonsOf(ManualOfferForm form, VolunteerFit fit) {
        List<String> why = new ArrayList<>();
        why.add(form.note() == null || form.note().isBlank() ? "chosen by a coordinator" : "chosen by a coordinator: " + form.note().strip());
        why.addAll(fit.obstacles());
        why.add(String.format(Locale.ROOT, "%.1f km away", fit.distanceMeters() / 1000));
        return String.join("; ", why);
    }
}
