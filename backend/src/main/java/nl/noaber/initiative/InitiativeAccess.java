package nl.noaber.initiative;

import jakarta.inject.Singleton;
import nl.noaber.identity.Caller;
import nl.noaber.identity.Role;

/** Loads an initiative of the caller's gemeente (404 otherwise) and checks who may manage it. */
@Singleton
class InitiativeAccess {

    private final InitiativeRepositories.InitiativeRepository initiatives;
    private final InitiativeRepositories.MemberRepository members;

    InitiativeAccess(InitiativeRepositories.InitiativeRepository initiatives, InitiativeRepositories.MemberRepository members) {
        this.initiatives = initiatives;
        this.members = members;
    }

    Initiative load(long id, Caller caller) {
        return initiatives.findByIdAndGemeente(id, caller.gemeente()).orElseThrow(() -> new InitiativeNotFound(id));
    }

    /** Whether the caller is an active member (or coordinator) of the initiative. */
    boolean isActiveMember(long id, Caller caller) {
        return members.findByInitiativeIdAndAccountIdAndGemeente(id, caller.accountId(), caller.gemeente())
                .filter(m -> m.status() == Member.MemberStatus.ACTIVE)
                .isPresent();
    }

    /**
     * The initiative, if the caller runs it: an active coordinator-member, or an admin of the
     * gemeente (so no initiative is orphaned when its coordinators leave).
     */
    Initiative loadToManage(long id, Caller caller) {
        Initiative initiative = load(id, caller);
        boolean coordinates = members.findByInitiativeIdAndAccountIdAndGemeente(id, caller.accountId(), caller.gemeente())
                .filter(m -> m.role() == Member.MemberRole.COORDINATOR && m.status() == Member.MemberStatus.ACTIVE)
                .isPresent();
        if (!coordinates && !caller.has(Role.ADMIN)) {
            throw new NotInitiativeCoordinator(id);
        }
        return initiative;
    }
}
