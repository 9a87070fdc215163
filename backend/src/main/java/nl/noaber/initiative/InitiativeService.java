package nl.noaber.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.Happening;
import nl.noaber.geo.WijkRef;
import nl.noaber.geo.WijkService;
import nl.noaber.identity.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Initiatives of a gemeente: create, edit, read. Membership is in {@link Memberships}. */
@Singleton
public class InitiativeService {

    private final InitiativeRepositories.InitiativeRepository initiatives;
    private final InitiativeRepositories.WijkRepository initiativeWijken;
    private final InitiativeRepositories.MemberRepository members;
    private final InitiativeAccess access;
    private final WijkService wijken;
    private final ActivityLog activity;
    private final Clock clock;

    InitiativeService(InitiativeRepositories.InitiativeRepository initiatives, InitiativeRepositories.WijkRepository initiativeWijken,
                      InitiativeRepositories.MemberRepository members, InitiativeAccess access, WijkService wijken,
                      ActivityLog activity, Clock clock) {
        this.initiatives = initiatives;
        this.initiativeWijken = initiativeWijken;
        this.members = members;
        this.access = access;
        this.wijken = wijken;
        this.activity = activity;
        this.clock = clock;
    }

    /** Creates an initiative; its creator becomes its first coordinator. */
    @Transactional
    InitiativeView create(InitiativeForm form, Caller coordinator) {
        List<WijkRef> served = servedWijken(form, coordinator.gemeente());
        Instant now = clock.instant();
        MatchingPolicy policy = form.policy() == null ? form.kind().defaults() : form.policy();
        Initiative saved = initiatives.save(Initiative.of(null, coordinator.gemeente(), form, policy,
                coordinator.accountId(), now, now));
        storeWijken(saved, served);
        members.save(new Member(null, saved.id(), saved.gemeente(), coordinator.accountId(), Member.MemberRole.COORDINATOR,
                Member.MemberStatus.ACTIVE, now, now));
        activity.record(Happening.of(saved.gemeente(), "initiative.created")
                .forInitiative(saved.id(), saved.kind().name()).by(coordinator.accountId(), null));
        return view(saved);
    }

    /** Replaces name, contact, wijken and policy; the kind of an initiative never changes. */
    @Transactional
    InitiativeView update(long id, InitiativeForm form, Caller coordinator) {
        Initiative current = access.loadToManage(id, coordinator);
        if (form.kind() != current.kind()) {
            throw new InvalidInput("kind", "cannot change; start a new initiative instead");
        }
        List<WijkRef> served = servedWijken(form, coordinator.gemeente());
        MatchingPolicy policy = form.policy() == null ? current.policy() : form.policy();
        Initiative updated = initiatives.update(Initiative.of(id, current.gemeente(), form, policy, current.createdBy(),
                current.createdAt(), clock.instant()));
        initiativeWijken.deleteOf(id, current.gemeente());
        storeWijken(updated, served);
        activity.record(Happening.of(updated.gemeente(), "initiative.updated")
                .forInitiative(id, updated.kind().name()).by(coordinator.accountId(), null));
        return view(updated);
    }

    @ReadOnly
    public List<InitiativeView> list(Caller caller) {
        return initiatives.findByGemeenteOrderById(caller.gemeente()).stream().map(this::view).toList();
    }

    @ReadOnly
    public InitiativeView find(long id, Caller caller) {
        return view(access.load(id, caller));
    }

    /** An initiative a request goes to, with the policy that applies to it. */
    public record Serving(long initiativeId, MatchingPolicy policy) {
    }

    /**
     * The initiative of this kind that serves the wijk (the oldest, if several do), or empty when
     * none does — the request then goes to the coordinator queue.
     */
    @ReadOnly
    public Optional<Serving> serving(String gemeente, InitiativeKind kind, String wijk) {
        if (wijk == null) {
            return Optional.empty();
        }
        return initiatives.findServing(gemeente, kind.name(), wijk).map(i -> new Serving(i.id(), i.policy()));
    }

    /**
     * The policy a request of {@code kind} is matched by: its initiative's, or the kind's default
     * when no initiative serves it (or the initiative is gone).
     */
    @ReadOnly
    public MatchingPolicy policyFor(@Nullable Long initiativeId, InitiativeKind kind, String gemeente) {
        return initiativeId == null ? kind.defaults()
                : initiatives.findByIdAndGemeente(initiativeId, gemeente).map(Initiative::policy).orElse(kind.defaults());
    }

    private List<WijkRef> servedWijken(InitiativeForm form, String gemeente) {
        List<WijkRef> served = new ArrayList<>();
        for (int i = 0; i < form.wijken().size(); i++) {
            String code = form.wijken().get(i);
            int index = i;
            WijkRef wijk = wijken.refOf(gemeente, code)
                    .orElseThrow(() -> new InvalidInput("wijken[" + index + "]", code + " is not a wijk of your gemeente"));
            if (served.contains(wijk)) {
                throw new InvalidInput("wijken[" + i + "]", code + " appears twice");
            }
            served.add(wijk);
        }
        return served;
    }

    private void storeWijken(Initiative initiative, List<WijkRef> served) {
        served.forEach(w -> initiativeWijken.save(new InitiativeWijk(null, initiative.id(), initiative.gemeente(), w.code())));
    }

    private InitiativeView view(Initiative i) {
        List<WijkRef> served = initiativeWijken.findByInitiativeIdAndGemeenteOrderByWijkCode(i.id(), i.gemeente()).stream()
                .map(w -> wijken.refOf(i.gemeente(), w.wijkCode()).orElse(new WijkRef(w.wijkCode(), w.wijkCode())))
                .toList();
        List<Member> all = members.findByInitiativeIdAndGemeenteOrderById(i.id(), i.gemeente());
        List<Long> coordinators = all.stream()
                .filter(m -> m.role() == Member.MemberRole.COORDINATOR && m.status() == Member.MemberStatus.ACTIVE)
                .map(Member::accountId).toList();
        int active = (int) all.stream().filter(m -> m.status() == Member.MemberStatus.ACTIVE).count();
        return new InitiativeView(i.id(), i.kind(), i.name(), i.description(), i.contactEmail(), i.contactPhone(), served,
                i.policy(), coordinators, active, i.createdAt().atZone(clock.getZone()).toOffsetDateTime());
    }
}
