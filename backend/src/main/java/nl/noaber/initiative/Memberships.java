package nl.noaber.initiative;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.PersonalDataWasRead;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.Happening;
import nl.noaber.identity.AccountService;
import nl.noaber.identity.AccountView;
import nl.noaber.identity.Caller;
import nl.noaber.identity.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Joining and leaving initiatives. Volunteers ask to join and coordinators approve, or
 * coordinators invite and the person accepts; either way membership becomes ACTIVE only when both
 * sides have said yes. Each step is a conditional state change: a step that does not fit the
 * current state is a 409.
 */
@Singleton
class Memberships {

    private final InitiativeRepositories.MemberRepository members;
    private final InitiativeAccess access;
    private final AccountService accounts;
    private final ActivityLog activity;
    private final ApplicationEventPublisher<PersonalDataWasRead> reads;
    private final Clock clock;

    Memberships(InitiativeRepositories.MemberRepository members, InitiativeAccess access, AccountService accounts,
                ActivityLog activity, ApplicationEventPublisher<PersonalDataWasRead> reads, Clock clock) {
        this.members = members;
        this.access = access;
        this.accounts = accounts;
        this.activity = activity;
        this.reads = reads;
        this.clock = clock;
    }

    @Transactional
    MemberView requestToJoin(long initiativeId, Caller volunteer) {
        Initiative initiative = access.load(initiativeId, volunteer);
        Optional<Member> existing = current(initiative, volunteer.accountId());
        Member.MemberStatus next = existing.map(m -> switch (m.status()) {
            case INVITED -> Member.MemberStatus.ACTIVE;     // asking while invited is accepting
            case LEFT, REMOVED -> Member.MemberStatus.REQUESTED;
            case REQUESTED, ACTIVE -> throw new MembershipConflict("You already " +
                    (m.status() == Member.MemberStatus.ACTIVE ? "are a member" : "asked to join") + " of initiative " + initiativeId);
        }).orElse(Member.MemberStatus.REQUESTED);
        // Accepting an invitation keeps the invited role; every other request is to be a member.
        Member.MemberRole role = existing.filter(m -> m.status() == Member.MemberStatus.INVITED)
                .map(Member::role).orElse(Member.MemberRole.MEMBER);
        return change(initiative, existing, volunteer.accountId(), role, next, volunteer);
    }

    @Transactional
    MemberView invite(long initiativeId, Invitation invitation, Caller coordinator) {
        Initiative initiative = access.loadToManage(initiativeId, coordinator);
        AccountView invitee = accounts.find(invitation.accountId(), coordinator);   // 404 outside the gemeente
        if (invitation.role() == Member.MemberRole.COORDINATOR && !invitee.roles().contains(Role.COORDINATOR)) {
            throw new InvalidInput("role", "only accounts with the COORDINATOR role can coordinate an initiative");
        }
        Optional<Member> existing = current(initiative, invitee.id());
        Member.MemberStatus next = existing.map(m -> switch (m.status()) {
            case REQUESTED -> Member.MemberStatus.ACTIVE;   // inviting someone who asked is approving
            case LEFT, REMOVED, INVITED -> Member.MemberStatus.INVITED;
            case ACTIVE -> throw new MembershipConflict("Account " + invitee.id() + " is already a member");
        }).orElse(Member.MemberStatus.INVITED);
        return change(initiative, existing, invitee.id(), invitation.role(), next, coordinator);
    }

    @Transactional
    MemberView approve(long initiativeId, long accountId, Caller coordinator) {
        Initiative initiative = access.loadToManage(initiativeId, coordinator);
        accounts.find(accountId, coordinator);   // another gemeente's account is 404, not 409
        Member member = requireIn(initiative, accountId, Member.MemberStatus.REQUESTED, "has not asked to join");
        return change(initiative, Optional.of(member), accountId, member.role(), Member.MemberStatus.ACTIVE, coordinator);
    }

    @Transactional
    MemberView accept(long initiativeId, Caller invitee) {
        Initiative initiative = access.load(initiativeId, invitee);
        Member member = requireIn(initiative, invitee.accountId(), Member.MemberStatus.INVITED, "has no invitation");
        return change(initiative, Optional.of(member), invitee.accountId(), member.role(), Member.MemberStatus.ACTIVE, invitee);
    }

    /** The caller leaves (or withdraws a request or declines an invitation). */
    @Transactional
    void leave(long initiativeId, Caller member) {
        Initiative initiative = access.load(initiativeId, member);
        Member current = current(initiative, member.accountId())
                .filter(m -> m.status() != Member.MemberStatus.LEFT && m.status() != Member.MemberStatus.REMOVED)
                .orElseThrow(() -> new MembershipConflict("You are not a member of initiative " + initiativeId));
        change(initiative, Optional.of(current), member.accountId(), current.role(), Member.MemberStatus.LEFT, member);
    }

    @Transactional
    void remove(long initiativeId, long accountId, Caller coordinator) {
        Initiative initiative = access.loadToManage(initiativeId, coordinator);
        accounts.find(accountId, coordinator);   // another gemeente's account is 404, not 409
        Member current = current(initiative, accountId)
                .filter(m -> m.status() != Member.MemberStatus.LEFT && m.status() != Member.MemberStatus.REMOVED)
                .orElseThrow(() -> new MembershipConflict("Account " + accountId + " is not a member"));
        change(initiative, Optional.of(current), accountId, current.role(), Member.MemberStatus.REMOVED, coordinator);
    }

    /** The member list with names, for the initiative's coordinators; audited per member. */
    @Transactional
    List<MemberView> members(long initiativeId, Caller coordinator) {
        Initiative initiative = access.loadToManage(initiativeId, coordinator);
        List<MemberView> shown = members.findByInitiativeIdAndGemeenteOrderById(initiative.id(), initiative.gemeente()).stream()
                .map(m -> view(m, coordinator))
                .toList();
        reads.publishEvent(coordinator.read("initiative members", shown.stream()
                .map(m -> new PersonalDataWasRead.Seen("initiative_member", initiative.id(), m.accountId(),
                        List.of("displayName", "status")))
                .toList()));
        return shown;
    }

    private Member requireIn(Initiative initiative, long accountId, Member.MemberStatus status, String otherwise) {
        return current(initiative, accountId).filter(m -> m.status() == status)
                .orElseThrow(() -> new MembershipConflict("Account " + accountId + " " + otherwise));
    }

    private Optional<Member> current(Initiative initiative, long accountId) {
        return members.findByInitiativeIdAndAccountIdAndGemeente(initiative.id(), accountId, initiative.gemeente());
    }

    private MemberView change(Initiative initiative, Optional<Member> existing, long accountId, Member.MemberRole role,
                              Member.MemberStatus next, Caller actor) {
        Instant now = clock.instant();
        Member saved;
        if (existing.isPresent()) {
            Member before = existing.get();
            // The conditional UPDATE is the lock: a concurrent remove and accept cannot both win.
            if (members.transition(before.id(), before.status().name(), next.name(), role.name(), now) == 0) {
                throw new MembershipConflict("The membership changed meanwhile; reload and try again");
            }
            saved = before.with(role, next, now);
        } else {
            saved = members.save(new Member(null, initiative.id(), initiative.gemeente(), accountId, role, next, now, now));
        }
        activity.record(Happening.of(initiative.gemeente(), "initiative.member_" + next.name().toLowerCase(Locale.ROOT))
                .forInitiative(initiative.id(), initiative.kind().name()).by(actor.accountId(), null).aboutAccount(accountId));
        return view(saved, actor);
    }

    private MemberView view(Member m, Caller caller) {
        return new MemberView(m.accountId(), accounts.find(m.accountId(), caller).displayName(), m.role(), m.status(),
                m.updatedAt().atZone(clock.getZone()).toOffsetDateTime());
    }
}
