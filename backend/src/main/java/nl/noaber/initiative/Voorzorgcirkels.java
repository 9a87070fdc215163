package nl.noaber.initiative;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.noaber.InvalidInput;
import nl.noaber.activity.ActivityLog;
import nl.noaber.activity.Happening;
import nl.noaber.identity.Caller;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Voorzorgcirkels: closed circles of neighbours. Joining needs the circle's invite code; a circle
 * holds at most 20 members and has one or two verbinders, who hand out the code, remove members
 * and appoint each other. Everyone else in the circle sees only first names and streets.
 */
@Singleton
class Voorzorgcirkels {

    static final int MAX_MEMBERS = 20;
    static final int FORMED_AT = 5;
    static final int MAX_VERBINDERS = 2;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";   // no 0/O, 1/I: read aloud
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CirkelRepositories.CirkelRepository cirkels;
    private final CirkelRepositories.CirkelMemberRepository members;
    private final InitiativeAccess initiatives;
    private final ActivityLog activity;
    private final Clock clock;

    Voorzorgcirkels(CirkelRepositories.CirkelRepository cirkels, CirkelRepositories.CirkelMemberRepository members,
                    InitiativeAccess initiatives, ActivityLog activity, Clock clock) {
        this.cirkels = cirkels;
        this.members = members;
        this.initiatives = initiatives;
        this.activity = activity;
        this.clock = clock;
    }

    @Transactional
    CirkelForms.CirkelView start(CirkelForms.NewCirkel body, Caller starter) {
        if (body.initiativeId() != null) {
            if (initiatives.load(body.initiativeId(), starter).kind() != InitiativeKind.VOORZORGCIRKEL) {
                throw new InvalidInput("initiativeId", "is not a VOORZORGCIRKEL initiative");
            }
            // A circle counts in an initiative's health only if its starter belongs to that initiative.
            if (!initiatives.isActiveMember(body.initiativeId(), starter)) {
                throw new InvalidInput("initiativeId", "you are not an active member of this initiative");
            }
        }
        Voorzorgcirkel cirkel = cirkels.save(new Voorzorgcirkel(null, starter.gemeente(), body.initiativeId(), body.name().strip(),
                newCode(), starter.accountId(), clock.instant()));
        members.save(new CirkelMember(null, cirkel.id(), cirkel.gemeente(), starter.accountId(), true,
                body.firstName().strip(), body.street().strip(), clock.instant()));
        record(cirkel, "cirkel.started", starter, starter.accountId());
        return view(cirkel, starter);
    }

    @Transactional
    CirkelForms.CirkelView join(CirkelForms.Join body, Caller neighbour) {
        Voorzorgcirkel cirkel = cirkels.lockByInviteCode(body.inviteCode().toUpperCase(Locale.ROOT), neighbour.gemeente())
                .orElseThrow(CirkelProblems.CirkelNotFound::new);
        if (members.findByCirkelIdAndAccountIdAndGemeente(cirkel.id(), neighbour.accountId(), cirkel.gemeente()).isPresent()) {
            throw new CirkelProblems.CirkelRule("You are already a member of this circle");
        }
        if (members.countByCirkelId(cirkel.id()) >= MAX_MEMBERS) {
            throw new CirkelProblems.CirkelRule("This circle is full (" + MAX_MEMBERS + " members); ask a verbinder about a new circle");
        }
        members.save(new CirkelMember(null, cirkel.id(), cirkel.gemeente(), neighbour.accountId(), false,
                body.firstName().strip(), body.street().strip(), clock.instant()));
        record(cirkel, "cirkel.joined", neighbour, neighbour.accountId());
        return view(cirkel, neighbour);
    }

    @ReadOnly
    List<CirkelForms.CirkelView> mine(Caller caller) {
        return members.findByAccountIdAndGemeenteOrderById(caller.accountId(), caller.gemeente()).stream()
                .map(m -> view(cirkels.findById(m.cirkelId()).orElseThrow(), caller))
                .toList();
    }

    @ReadOnly
    CirkelForms.CirkelView find(long id, Caller caller) {
        Voorzorgcirkel cirkel = asMember(id, caller, false);
        return view(cirkel, caller);
    }

    /** Leaves the circle; the last verbinder must first appoint another while others remain. */
    @Transactional
    void leave(long id, Caller member) {
        Voorzorgcirkel cirkel = asMember(id, member, true);
        List<CirkelMember> all = members.findByCirkelIdAndGemeenteOrderById(id, cirkel.gemeente());
        CirkelMember me = self(all, member);
        long verbinders = all.stream().filter(CirkelMember::verbinder).count();
        if (me.verbinder() && verbinders == 1 && all.size() > 1) {
            throw new CirkelProblems.CirkelRule("You are the circle's only verbinder: appoint another verbinder before leaving");
        }
        members.delete(me);
        record(cirkel, "cirkel.left", member, member.accountId());
    }

    @Transactional
    void remove(long id, long memberId, Caller verbinder) {
        Voorzorgcirkel cirkel = asVerbinder(id, verbinder);
        CirkelMember target = memberOf(cirkel, memberId);
        if (target.accountId() == verbinder.accountId()) {
            throw new CirkelProblems.CirkelRule("To leave the circle yourself, use DELETE /voorzorgcirkels/{id}/members/me");
        }
        members.delete(target);
        record(cirkel, "cirkel.member_removed", verbinder, target.accountId());
    }

    /** Makes a member a verbinder or not; a circle keeps one or two. */
    @Transactional
    CirkelForms.CirkelView setVerbinder(long id, long memberId, boolean verbinder, Caller caller) {
        Voorzorgcirkel cirkel = asVerbinder(id, caller);
        CirkelMember target = memberOf(cirkel, memberId);
        long verbinders = members.findByCirkelIdAndGemeenteOrderById(id, cirkel.gemeente()).stream()
                .filter(CirkelMember::verbinder).count();
        if (verbinder && !target.verbinder() && verbinders >= MAX_VERBINDERS) {
            throw new CirkelProblems.CirkelRule("A circle has at most " + MAX_VERBINDERS + " verbinders");
        }
        if (!verbinder && target.verbinder() && verbinders <= 1) {
            throw new CirkelProblems.CirkelRule("A circle needs at least one verbinder");
        }
        members.update(target.asVerbinder(verbinder));
        return view(cirkel, caller);
    }

    /** A new invite code; the old one stops working (e.g. after it was shared too widely). */
    @Transactional
    CirkelForms.CirkelView renewInviteCode(long id, Caller verbinder) {
        Voorzorgcirkel cirkel = cirkels.update(asVerbinder(id, verbinder).withInviteCode(newCode()));
        return view(cirkel, verbinder);
    }

    /** The circle, if the caller is in it; {@code lock} for changes to its members. */
    private Voorzorgcirkel asMember(long id, Caller caller, boolean lock) {
        Voorzorgcirkel cirkel = (lock ? cirkels.lockById(id, caller.gemeente()) : cirkels.findByIdAndGemeente(id, caller.gemeente()))
                .orElseThrow(CirkelProblems.CirkelNotFound::new);
        // Outsiders do not learn that the circle exists.
        members.findByCirkelIdAndAccountIdAndGemeente(id, caller.accountId(), caller.gemeente())
                .orElseThrow(CirkelProblems.CirkelNotFound::new);
        return cirkel;
    }

    private Voorzorgcirkel asVerbinder(long id, Caller caller) {
        Voorzorgcirkel cirkel = asMember(id, caller, true);
        if (!members.findByCirkelIdAndAccountIdAndGemeente(id, caller.accountId(), caller.gemeente()).orElseThrow().verbinder()) {
            throw new CirkelProblems.NotVerbinder();
        }
        return cirkel;
    }

    private CirkelMember memberOf(Voorzorgcirkel cirkel, long memberId) {
        return members.findById(memberId)
                .filter(m -> m.cirkelId() == cirkel.id())
                .orElseThrow(CirkelProblems.CirkelNotFound::new);
    }

    private static CirkelMember self(List<CirkelMember> all, Caller caller) {
        return all.stream().filter(m -> m.accountId() == caller.accountId()).findFirst().orElseThrow();
    }

    private CirkelForms.CirkelView view(Voorzorgcirkel cirkel, Caller viewer) {
        List<CirkelMember> all = members.findByCirkelIdAndGemeenteOrderById(cirkel.id(), cirkel.gemeente());
        boolean viewerIsVerbinder = all.stream().anyMatch(m -> m.accountId() == viewer.accountId() && m.verbinder());
        List<CirkelForms.MemberView> shown = all.stream()
                .map(m -> new CirkelForms.MemberView(m.id(), m.firstName(), m.street(), m.verbinder()))
                .toList();
        return new CirkelForms.CirkelView(cirkel.id(), cirkel.name(), cirkel.initiativeId(), all.size(), all.size() >= FORMED_AT,
                shown, viewerIsVerbinder ? cirkel.inviteCode() : null);
    }

    private void record(Voorzorgcirkel cirkel, String type, Caller actor, long subject) {
        activity.record(Happening.of(cirkel.gemeente(), type)
                .forInitiative(cirkel.initiativeId(), InitiativeKind.VOORZORGCIRKEL.name()).by(actor.accountId(), null)
                .aboutAccount(subject));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
