package nl.noaber.signal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.PersonalDataWasRead;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.Happening;
import nl.noaber.geo.WijkRef;
import nl.noaber.geo.WijkService;
import nl.noaber.identity.AccountService;
import nl.noaber.identity.Caller;
import nl.noaber.notify.Notice;
import nl.noaber.notify.NoticeType;
import nl.noaber.notify.Notifications;
import nl.noaber.request.HelpRequestNotFound;
import nl.noaber.request.HelpRequestService;
import nl.noaber.request.RequestFacts;
import nl.noaber.request.RequestStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zorgsignalen (issue #11, ADR 024): a volunteer flags a worry about the person they help; it goes
 * to the VET team of the person's wijk (queue and push), never to other volunteers. VET staff
 * record the handover; the volunteer only hears that it was picked up. Every staff read of a
 * signal is audited: a signal is special-category data.
 */
@Singleton
class SignalService {

    /** How long after a task is done its volunteer may still flag a worry. */
    static final int DAYS_AFTER_DONE = 14;
    static final String QUEUE = "signal queue";
    static final String DETAIL = "signal detail";
    static final String FOLLOW_UP = "signal follow-up";

    private final SignalRepositories.CareSignalRepository signals;
    private final VetTeams teams;
    private final HelpRequestService requests;
    private final AccountService accounts;
    private final WijkService wijken;
    private final Notifications notifications;
    private final ActivityLog activity;
    private final ApplicationEventPublisher<PersonalDataWasRead> reads;
    private final Clock clock;

    SignalService(SignalRepositories.CareSignalRepository signals, VetTeams teams, HelpRequestService requests,
                  AccountService accounts, WijkService wijken, Notifications notifications, ActivityLog activity,
                  ApplicationEventPublisher<PersonalDataWasRead> reads, Clock clock) {
        this.signals = signals;
        this.teams = teams;
        this.requests = requests;
        this.accounts = accounts;
        this.wijken = wijken;
        this.notifications = notifications;
        this.activity = activity;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * The assigned volunteer flags a worry during the task or up to {@value #DAYS_AFTER_DONE} days
     * after it was done. The signal goes to the VET team of the request's wijk (or every VET staff
     * member), with a push that may break quiet hours when it is about safety.
     *
     * @throws HelpRequestNotFound               when the task is not the caller's
     * @throws SignalProblems.SignalWindowClosed outside that time
     */
    @Transactional
    SignalViews.Receipt raise(long requestId, SignalForms.NewSignal body, Caller volunteer) {
        RequestFacts task = requests.factsOf(requestId)
                .filter(r -> r.assignedVolunteerId() != null && r.assignedVolunteerId() == volunteer.accountId())
                .orElseThrow(() -> new HelpRequestNotFound(requestId));
        Instant now = clock.instant();
        boolean live = task.status() == RequestStatus.ACCEPTED || task.status() == RequestStatus.IN_PROGRESS;
        boolean recentlyDone = task.status() == RequestStatus.DONE && task.doneAt() != null
                && task.doneAt().plus(Duration.ofDays(DAYS_AFTER_DONE)).isAfter(now);
        if (!live && !recentlyDone) {
            throw new SignalProblems.SignalWindowClosed(requestId, DAYS_AFTER_DONE);
        }
        CareSignal saved = signals.save(new CareSignal(null, task.gemeente(), task.id(), task.wijk(),
                task.forThemself() ? task.requesterId() : null, volunteer.accountId(), body.category(), body.urgency(),
                blankToNull(body.note()), SignalEnums.Status.OPEN, null, null, null, now, null, null, null));
        activity.record(Happening.of(task.gemeente(), "signal.raised").inWijk(task.wijk())
                .forInitiative(null, task.kind().name()).by(volunteer.accountId(), "VOLUNTEER").inCategory(body.category().name()));
        boolean urgent = body.urgency() == SignalEnums.Urgency.URGENT_SAFETY;
        for (long staff : teams.recipients(task.gemeente(), task.wijk())) {
            notifications.send(new Notice(task.gemeente(), staff, NoticeType.SIGNAL_NEW,
                    Map.of("signalId", saved.id().toString()), urgent, null, null));
        }
        return SignalViews.Receipt.of(saved, clock.getZone(), true);
    }

    /** The caller's own signals: received or picked up, nothing of the follow-up. */
    @ReadOnly
    List<SignalViews.Receipt> mine(Caller volunteer) {
        return signals.findByRaisedByOrderByIdDesc(volunteer.accountId()).stream()
                .map(s -> SignalViews.Receipt.of(s, clock.getZone(), false)).toList();
    }

    /** The queue of the caller's wijken (coordinators: the gemeente); every signal listed is an audited read. */
    @Transactional
    List<SignalViews.StaffView> queue(Caller staff, @Nullable SignalEnums.Status status, @Nullable String wijk) {
        List<CareSignal> found = signals.queue(staff.gemeente(), status == null ? null : status.name(), wijk,
                staff.has(nl.noaber.identity.Role.COORDINATOR), staff.accountId());
        reads.publishEvent(staff.read(QUEUE, found.stream().map(s -> seen(s, false)).toList()));
        return found.stream().map(s -> view(s, null)).toList();
    }

    /** One signal with the person it is about, for VET staff to make contact; an audited read. */
    @Transactional
    SignalViews.StaffView detail(long id, Caller staff) {
        CareSignal signal = readable(id, staff);
        reads.publishEvent(staff.read(DETAIL, List.of(seen(signal, true))));
        return view(signal, personOf(signal));
    }

    /**
     * Records the handover. Closing tells the volunteer it was picked up — not what was done.
     *
     * @throws SignalProblems.SignalClosed when the signal was closed before
     */
    @Transactional
    SignalViews.StaffView followUp(long id, SignalForms.FollowUp body, Caller staff) {
        CareSignal signal = readable(id, staff);
        if (signal.status() == SignalEnums.Status.CLOSED) {
            throw new SignalProblems.SignalClosed(id);
        }
        Instant now = clock.instant();
        CareSignal updated = signals.update(new CareSignal(signal.id(), signal.gemeente(), signal.requestId(), signal.wijk(),
                signal.personId(), signal.raisedBy(), signal.category(), signal.urgency(), signal.note(),
                body.close() ? SignalEnums.Status.CLOSED : SignalEnums.Status.IN_PROGRESS, body.followUp(),
                blankToNull(body.note()), staff.accountId(), signal.raisedAt(),
                signal.pickedUpAt() == null ? now : signal.pickedUpAt(), body.close() ? now : null, signal.anonymisedAt()));
        if (body.close()) {
            notifications.send(Notice.of(signal.gemeente(), signal.raisedBy(), NoticeType.SIGNAL_PICKED_UP,
                    Map.of("signalId", signal.id().toString())));
        }
        reads.publishEvent(staff.read(FOLLOW_UP, List.of(seen(updated, false))));
        return view(updated, null);
    }

    private CareSignal readable(long id, Caller staff) {
        return signals.findByIdAndGemeente(id, staff.gemeente())
                .filter(s -> teams.mayRead(staff, s.wijk()))
                .orElseThrow(() -> new SignalProblems.SignalNotFound(id));
    }

    private SignalViews.Person personOf(CareSignal signal) {
        RequestFacts request = requests.factsOf(signal.requestId()).orElseThrow(() -> new SignalProblems.SignalNotFound(signal.id()));
        String name = request.forPersonName() != null ? request.forPersonName()
                : request.forThemself() ? accounts.displayNameOf(request.requesterId()).orElse("") : "";
        return new SignalViews.Person(name, request.addressLine(), signal.personId() != null, signal.personId());
    }

    private SignalViews.StaffView view(CareSignal s, @Nullable SignalViews.Person person) {
        WijkRef wijk = s.wijk() == null ? null : wijken.refOf(s.gemeente(), s.wijk()).orElse(null);
        return new SignalViews.StaffView(s.id(), s.requestId(), wijk, s.category(), s.urgency(), s.status(), s.note(),
                s.followUp(), s.followUpNote(), s.handledBy(), at(s.raisedAt()), at(s.pickedUpAt()), at(s.closedAt()), person);
    }

    private java.time.OffsetDateTime at(@Nullable Instant moment) {
        return moment == null ? null : moment.atZone(clock.getZone()).toOffsetDateTime();
    }

    private static PersonalDataWasRead.Seen seen(CareSignal s, boolean withPerson) {
        List<String> fields = new ArrayList<>(List.of("category", "urgency"));
        if (s.note() != null) {
            fields.add("note");
        }
        if (s.followUpNote() != null) {
            fields.add("followUpNote");
        }
        if (withPerson) {
            fields.addAll(List.of("person.name", "person.addressLine"));
        }
        return new PersonalDataWasRead.Seen("care_signal", s.id(), s.personId(), fields);
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
